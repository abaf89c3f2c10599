// Usage: npm run db:seed — seeds the demo organization if it is not there yet.
import { withDatabase } from "./lib/with-database";

await withDatabase(async (url) => {
  process.env.DATABASE_URL = url;
  const { seedDemo, isDemoSeeded } = await import("../server/platform/demo");
  if (await isDemoSeeded()) return console.log("The demo organization is already seeded.");
  await seedDemo();
  console.log("Seeded the demo organization.");
  process.exit(0);
});
