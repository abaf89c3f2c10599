// Generates the Prisma client offline. The Prisma CLI insists on downloading a native schema engine
// before `generate`, which our machines cannot reach; generation never runs that engine, so pointing
// the CLI at any existing file lets it proceed. Users with internet may simply run `npx prisma generate`.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const placeholderEngine = fileURLToPath(import.meta.url);
execFileSync("npx", ["prisma", "generate"], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? placeholderEngine,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
