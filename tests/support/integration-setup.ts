// Runs in each test worker: closes the Prisma pool after the file so workers exit promptly.
import { afterAll } from "vitest";
import { db } from "../../server/db";

afterAll(async () => {
  await db.$disconnect();
});
