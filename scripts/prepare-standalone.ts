// Runs after `next build` (npm run build): completes .next/standalone so it can be copied anywhere and
// started with `node server.js`. Next leaves out the static assets and the public folder; the start-up
// migration check also needs the list of migrations this build ships (server/db/check-migrations.ts).
import { cpSync, existsSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const standalone = path.join(root, ".next", "standalone");
if (!existsSync(path.join(standalone, "server.js"))) {
  console.error("No .next/standalone/server.js: run next build first (next.config.ts sets output: standalone).");
  process.exit(1);
}
const copies: [string, string][] = [
  [".next/static", ".next/static"],
  ["public", "public"],
  ["prisma/migrations", "prisma/migrations"],
];
for (const [from, to] of copies) {
  if (existsSync(path.join(root, from))) cpSync(path.join(root, from), path.join(standalone, to), { recursive: true });
}
console.log("Standalone server ready: node .next/standalone/server.js");
