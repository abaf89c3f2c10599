// Usage: npm run bench:seed -- --accounts 10000
// Drops and recreates the bench database (DATABASE_URL, default onward_bench), then seeds it.
import { parseArgs } from "node:util";
import { seedBench } from "./seed/seed-bench";

const { values } = parseArgs({ options: { accounts: { type: "string", default: "10000" } } });
const accounts = Number(values.accounts);
if (!Number.isInteger(accounts) || accounts < 1 || accounts > 200_000) {
  console.error("--accounts must be a whole number between 1 and 200000");
  process.exit(1);
}
await seedBench(accounts);
