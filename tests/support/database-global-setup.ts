// Vitest global setup: one fresh database per run, handed to test workers through the environment.
import type { TestProject } from "vitest/node";
import { createTestDatabase, type TestDatabase } from "./test-database";
import { testEnvironment } from "./test-environment";

let database: TestDatabase | undefined;

export async function setup(_project: TestProject) {
  database = await createTestDatabase();
  Object.assign(process.env, testEnvironment(database.url));
  // Lets tests that need real concurrency (several connections, row locks) know what they run on.
  process.env.ONWARD_TEST_EMBEDDED_DB = database.embedded ? "1" : "0";
  if (database.embedded) process.env.DATABASE_POOL_SIZE = "1";
}

export async function teardown() {
  if (process.env.ONWARD_KEEP_TEST_DB !== "1") await database?.drop();
}
