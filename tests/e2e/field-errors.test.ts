// The server's field errors appear beside the field they are about, in the goal, kickoff and new-account
// forms (the browser's own date picker accepts these dates; the one date rule in lib/dates refuses them).
import { describe, expect, it } from "vitest";
import { baseUrl, signIn } from "../support/browser";
import { browserAndTenantsForFile } from "../support/browser-suite";

const suite = browserAndTenantsForFile();

describe("field errors beside their fields", () => {
  it("the goal form shows a past target date's error beside the target date", async () => {
    const page = await suite.browser.newPage();
    await signIn(page, suite.tenants.victim.champion.user.email);
    await page.goto(`${baseUrl()}/portal/goals`);
    const form = page.getByRole("form", { name: "New goal" });
    await form.getByLabel("Goal").fill("Faster reporting");
    await form.getByLabel("What you will measure").fill("Hours a week");
    await form.getByLabel("Where you are today").fill("10");
    await form.getByLabel("Target", { exact: true }).fill("2");
    await form.getByLabel("Target date").fill("2020-01-01");
    await form.getByRole("button", { name: "Add goal" }).click();
    const error = form.locator('[data-field-error="targetDate"]');
    await error.waitFor();
    await expect(error.textContent()).resolves.toBe("The target date cannot be in the past");
    await expect(form.getByLabel("Target date").getAttribute("aria-describedby")).resolves.toBe("goal-targetDate-error");
    await page.close();
  });

  it("the kickoff form on the account page shows an out-of-range date's error beside it", async () => {
    const { csm, account } = suite.tenants.victim;
    const page = await suite.browser.newPage();
    await signIn(page, csm.user.email);
    await page.goto(`${baseUrl()}/workspace/accounts/${account.id}`);
    await page.getByLabel("Kickoff date").fill("2035-01-01");
    await page.getByRole("button", { name: "Move kickoff" }).click();
    const error = page.locator('[data-field-error="kickoffDate"]');
    await error.waitFor();
    await expect(error.textContent()).resolves.toMatch(/^The kickoff date cannot be after \d{4}-\d{2}-\d{2}$/);
    await page.close();
  });

  it("the new-account form shows the kickoff date's error beside it and creates nothing", async () => {
    const { csm } = suite.tenants.victim;
    const page = await suite.browser.newPage();
    await signIn(page, csm.user.email);
    await page.goto(`${baseUrl()}/workspace/accounts/new`);
    await page.getByLabel("Account name").fill("Too Early Corp");
    await page.getByLabel("Kickoff date").fill("2001-01-01");
    await page.getByLabel("Champion's email").fill("too-early@example.test");
    await page.getByRole("button", { name: /Create account/ }).click();
    const error = page.locator('[data-field-error="kickoffDate"]');
    await error.waitFor();
    await expect(error.textContent()).resolves.toMatch(/^The kickoff date cannot be before \d{4}-\d{2}-\d{2}$/);
    expect(page.url()).toBe(`${baseUrl()}/workspace/accounts/new`);
    await page.close();
  });
});
