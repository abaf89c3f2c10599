// Runs in each test worker: closes the Prisma pool (and the job sender, if a test queued a job) after the
// file so workers exit promptly.
import { afterAll } from "vitest";
import { db } from "../../server/db";
import { stopJobSender } from "../../server/jobs/enqueue";

afterAll(async () => {
  await stopJobSender();
  await db.$disconnect();
});
