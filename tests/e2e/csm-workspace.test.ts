// The CSM's workspace in Chromium: a stalled account shows its alert with the factor that caused it,
// the portfolio filters it, and the account page explains its health.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../server/db";
import { refreshAlerts } from "../../server/success/alerts/refresh-alerts";
import { refreshHealthScores } from "../../server/success/health/refresh-health-scores";
import { baseUrl, launchBrowser, signIn } from "../support/browser";
import { createAccount, createCustomer, createOrganization, createStaff, createTemplate } from "../support/factories";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe("CSM workspace", () => {
  it("shows a stalled account's alert with its cause, on the portfolio and the account page", async () => {
    const organization = await createOrganization("Workspace");
    const csm = await createStaff(organization.id, "CSM");
    const { version } = await createTemplate(organization.id, [
      { title: "Setup", tasks: [{ title: "Connect data", dueOffsetDays: 60 }] },
    ]);
    const kickoff = new Date(Date.now() - 12 * 86_400_000).toISOString().slice(0, 10);
    const stalled = await createAccount(organization.id, {
      name: "Quiet Corp",
      templateVersionId: version.id,
      kickoffDate: kickoff,
      csmMembershipId: csm.membership.id,
    });
    const lively = await createAccount(organization.id, {
      name: "Busy Inc",
      templateVersionId: version.id,
      csmMembershipId: csm.membership.id,
    });
    await db.customerAccount.updateMany({
      where: { id: { in: [stalled.id, lively.id] } },
      data: { lastVendorTouchAt: new Date() },
    });
    await db.customerAccount.update({ where: { id: lively.id }, data: { lastCustomerActivityAt: new Date() } });
    await refreshHealthScores(organization.id);
    await refreshAlerts(organization.id);

    const page = await browser.newPage();
    await signIn(page, csm.user.email);
    const alert = page.getByTestId("alert").filter({ hasText: "Quiet Corp" });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain("No customer activity for 12 days (limit 7)");

    await page.getByLabel("Show").selectOption("stalled");
    await page.getByText("1 account · page 1 of 1").waitFor();
    await expect(page.getByTestId("portfolio-row").allTextContents()).resolves.toEqual([expect.stringContaining("Quiet Corp")]);

    await page.getByRole("link", { name: "Quiet Corp" }).first().click();
    await page.waitForURL(`${baseUrl()}/workspace/accounts/${stalled.id}`);
    await expect(page.getByTestId("alert").first().textContent()).resolves.toContain("No customer activity for 12 days");
    await expect(page.getByTestId("health-factors").textContent()).resolves.toContain(
      "No customer activity since kickoff 12 days ago",
    );
    await page.close();
  });

  it("shows a task a customer completes on the CSM's portfolio and account timeline", async () => {
    const organization = await createOrganization("Live");
    const csm = await createStaff(organization.id, "CSM");
    const { version } = await createTemplate(organization.id, [
      {
        title: "Start",
        tasks: [
          { title: "Name your workspace", dueOffsetDays: 5 },
          { title: "Invite the team", dueOffsetDays: 9 },
        ],
      },
    ]);
    const account = await createAccount(organization.id, {
      name: "Eager Ltd",
      templateVersionId: version.id,
      csmMembershipId: csm.membership.id,
    });
    const champion = await createCustomer(account, "CHAMPION");

    const customer = await (await browser.newContext()).newPage();
    await signIn(customer, champion.user.email);
    await customer.getByRole("button", { name: "Mark done: Name your workspace" }).click();
    await customer.getByText("1 of 2 tasks done (50%)").waitFor();
    // Leave only once the server has recorded it.
    await customer.getByRole("button", { name: "Reopen: Name your workspace" }).waitFor();
    await expect.poll(() => db.accountTask.count({ where: { customerAccountId: account.id, status: "DONE" } })).toBe(1);

    const staff = await (await browser.newContext()).newPage();
    await signIn(staff, csm.user.email);
    const row = staff.getByTestId("portfolio-row").filter({ hasText: "Eager Ltd" });
    await row.getByText("50%").waitFor();
    await expect(row.textContent()).resolves.toContain("today");
    await row.getByRole("link", { name: "Eager Ltd" }).click();
    await staff.getByTestId("timeline-event").filter({ hasText: "task completed: Name your workspace" }).waitFor();
  });
});
