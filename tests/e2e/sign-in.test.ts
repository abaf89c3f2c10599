// The real magic-link flow in Chromium, through the dev outbox: staff and customers land in their home,
// a link works once and for ten minutes, and a session deleted from the database ends.
import { describe, expect, it } from "vitest";
import { db } from "../../server/db";
import { baseUrl, requestMagicLink, signIn } from "../support/browser";
import { browserAndTenantsForFile } from "../support/browser-suite";

const suite = browserAndTenantsForFile();

describe("magic-link sign-in", () => {
  it("takes a CSM to the workspace showing their organization", async () => {
    const page = await suite.browser.newPage();
    await signIn(page, suite.tenants.victim.csm.user.email);
    expect(new URL(page.url()).pathname).toBe("/workspace");
    await expect(page.getByTestId("signed-in-as").textContent()).resolves.toContain(suite.tenants.victim.csm.user.email);
    await expect(page.getByText(suite.tenants.victim.organization.name).first().isVisible()).resolves.toBe(true);
    // The portfolio loads its rows from the API after the page renders.
    await page.getByRole("link", { name: suite.tenants.victim.account.name }).waitFor();
    await expect(page.getByRole("link", { name: suite.tenants.attacker.account.name }).count()).resolves.toBe(0);
    await page.close();
  });

  it("takes a customer to their account's portal", async () => {
    const page = await suite.browser.newPage();
    await signIn(page, suite.tenants.victim.champion.user.email);
    expect(new URL(page.url()).pathname).toBe("/portal");
    await expect(page.getByText(suite.tenants.victim.account.name).first().isVisible()).resolves.toBe(true);
    await expect(page.getByRole("progressbar", { name: "Onboarding progress" }).isVisible()).resolves.toBe(true);
    // Staff pages are not for customers: they are sent back to their own home.
    await page.goto(`${baseUrl()}/workspace`);
    expect(new URL(page.url()).pathname).toBe("/portal");
    await page.close();
  });

  it("does not sign in with a link used twice", async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    const link = await requestMagicLink(page, suite.tenants.victim.admin.user.email);
    await page.goto(link);
    expect(new URL(page.url()).pathname).toBe("/workspace");
    const second = await (await suite.browser.newContext()).newPage();
    await second.goto(link);
    expect(new URL(second.url()).pathname).toBe("/sign-in/error");
    await second.getByText(/expired or was already used/).waitFor();
    await context.close();
  });

  it("does not sign in with a link older than ten minutes", async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    const email = suite.tenants.victim.member.user.email;
    const link = await requestMagicLink(page, email);
    // Age the token as if eleven minutes had passed.
    await db.verificationToken.updateMany({ where: { identifier: email }, data: { expires: new Date(Date.now() - 60_000) } });
    await page.goto(link);
    expect(new URL(page.url()).pathname).toBe("/sign-in/error");
    await context.close();
  });

  it("ends a session revoked in the database", async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    const user = suite.tenants.victim.owner.user;
    await signIn(page, user.email);
    expect(new URL(page.url()).pathname).toBe("/workspace");
    await db.session.deleteMany({ where: { userId: user.id } });
    await page.goto(`${baseUrl()}/workspace`);
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    await context.close();
  });

  it("says the same thing for an unknown address and sends nothing", async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${baseUrl()}/sign-in`);
    await page.getByLabel("Work email").fill("nobody-here@example.test");
    await page.getByRole("button", { name: /sign-in link/i }).click();
    await page.waitForURL(/\/sign-in\/check-email/);
    expect(await db.emailLog.count({ where: { toEmail: "nobody-here@example.test" } })).toBe(0);
    await page.close();
  });

  it("explains a malformed address without leaving the page", async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${baseUrl()}/sign-in`);
    await page.getByLabel("Work email").fill("not an email");
    await page.getByRole("button", { name: /sign-in link/i }).click();
    await page.getByText(/Enter a valid email address/).waitFor();
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    await page.close();
  });
});
