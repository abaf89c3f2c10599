// The set-up most browser test files share: one Chromium for the file, and two tenants (a victim and an
// attacker) to act in.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser } from "./browser";
import { createTwoTenants } from "./factories";

export type BrowserSuite = { browser: Browser; tenants: Awaited<ReturnType<typeof createTwoTenants>> };

// Call at the top of a test file; the fields are filled before its first test runs.
export function browserAndTenantsForFile(): BrowserSuite {
  const suite = {} as BrowserSuite;
  beforeAll(async () => {
    suite.browser = await launchBrowser();
    suite.tenants = await createTwoTenants();
  });
  afterAll(async () => {
    await suite.browser?.close();
  });
  return suite;
}
