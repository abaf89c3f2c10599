// The day-30 check-in, end to end: the scheduler is advanced to day 30 from the dev outbox, the
// champion answers "some concerns" from the email without signing in and adds a comment, and the CSM
// sees the answer and the alert on the account page.
import { describe, expect, it } from "vitest";
import { db } from "../../server/db";
import { baseUrl, signIn } from "../support/browser";
import { browserAndTenantsForFile } from "../support/browser-suite";

const suite = browserAndTenantsForFile();

describe("30-day check-in", () => {
  it("is answered from the email in one click and shows up for the CSM with an alert", async () => {
    const { account, champion, csm } = suite.tenants.victim;
    const day30 = await db.checkIn.findFirstOrThrow({ where: { customerAccountId: account.id, dayOffset: 30 } });

    // Advance the scheduler to day 30 from the dev tools.
    const customer = await (await suite.browser.newContext()).newPage();
    await customer.goto(`${baseUrl()}/dev/outbox`);
    await customer.getByLabel(/Run scheduler as of/).fill(day30.scheduledFor.toISOString());
    await customer.getByRole("button", { name: "Run scheduler as of…" }).click();
    await customer
      .getByRole("status")
      .filter({ hasText: /Ran the scheduler/ })
      .waitFor();

    // Open the check-in email in the outbox and follow the "some concerns" link.
    await customer
      .locator('[data-testid="outbox-item"]', { hasText: champion.user.email })
      .filter({ hasText: "Day 30 check-in" })
      .first()
      .click();
    const answerLinks = customer.locator('[data-testid="outbox-link"]', { hasText: "/check-in/" });
    expect(await answerLinks.count()).toBe(3);
    const someConcerns = await answerLinks.nth(1).getAttribute("href");
    await customer.goto(someConcerns!);
    await customer.getByText("Your answer:").waitFor();
    // Opening the link recorded nothing yet (mail scanners open links too).
    expect(await db.checkIn.findUniqueOrThrow({ where: { id: day30.id } })).toMatchObject({ status: "SENT", answer: null });
    await customer.getByRole("button", { name: /Confirm “Some concerns”/ }).click();
    await customer.waitForURL(/\/thanks$/);
    await customer.getByRole("heading", { name: "Thank you: your answer is recorded" }).waitFor();
    await customer.getByLabel(/Anything you would like to add/).fill("Our data import keeps timing out.");
    await customer.getByRole("button", { name: "Send comment" }).click();
    await customer.getByRole("status").filter({ hasText: "Comment sent" }).waitFor();

    // The CSM sees the answer, the comment and the alert on the account page.
    const staff = await (await suite.browser.newContext()).newPage();
    await signIn(staff, csm.user.email);
    await staff.goto(`${baseUrl()}/workspace/accounts/${account.id}`);
    const row = staff.getByTestId("check-in-row").filter({ hasText: "Day 30" });
    await row.getByText("Answer: Some concerns").waitFor();
    await row.getByText("Our data import keeps timing out.", { exact: true }).waitFor();
    const alert = staff.getByTestId("alert").filter({ hasText: "Negative check-in" });
    await alert.waitFor();
    expect(await alert.textContent()).toContain("Day 30 check-in");
  });

  it("lets an admin preview the email templates and read the email log", async () => {
    const page = await (await suite.browser.newContext()).newPage();
    await signIn(page, suite.tenants.victim.admin.user.email);
    await page.goto(`${baseUrl()}/admin/emails?template=check-in`);
    const frame = page.frameLocator('iframe[title="Preview of the check-in email"]');
    await frame.getByRole("link", { name: "Some concerns" }).waitFor();
    // The organization's branding (its name heads the email when it has no logo).
    await frame.getByText(suite.tenants.victim.organization.name, { exact: true }).waitFor();
    expect(await page.locator("iframe").getAttribute("sandbox")).toBe("");
    await page.goto(`${baseUrl()}/admin/emails/log`);
    await page.getByRole("cell", { name: suite.tenants.victim.champion.user.email }).first().waitFor();
    await page.getByLabel("Status").selectOption("SUPPRESSED");
    await page.getByRole("button", { name: "Filter" }).click();
    await page.waitForURL(/status=SUPPRESSED/);
    expect(await page.getByRole("cell", { name: suite.tenants.victim.champion.user.email }).count()).toBe(0);
  });
});
