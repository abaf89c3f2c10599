// Single sign-on for staff in Chromium against a real OpenID Connect provider on 127.0.0.1: a new person
// of a verified domain signs in and joins the team just in time; a provider answering as another issuer,
// a person outside the verified domains and a staff member asking for a magic link while SSO is required
// are all refused with a page that says why. The browser may reach loopback addresses only.
import { randomUUID } from "node:crypto";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../server/db";
import { baseUrl, launchBrowser, requestMagicLink, signIn } from "../support/browser";
import { callerFor, createAccount, createCustomer, createOrganization, createStaff } from "../support/factories";
import { startLocalOidcProvider, type LocalOidcProvider } from "../support/local-oidc-provider";

let browser: Awaited<ReturnType<typeof launchBrowser>>;
let idp: LocalOidcProvider;
const domain = `sso-${randomUUID().slice(0, 8)}.test`;
const otherDomain = `wrong-issuer-${randomUUID().slice(0, 8)}.test`;
let organization: Awaited<ReturnType<typeof createOrganization>>;
let owner: Awaited<ReturnType<typeof createStaff>>;

async function staffAt(organizationId: string, email: string) {
  const user = await db.user.create({ data: { email, name: email.split("@")[0] } });
  await db.membership.create({ data: { organizationId, userId: user.id, role: "CSM" } });
  return user;
}

async function loopbackOnlyContext(): Promise<BrowserContext> {
  const context = await browser.newContext();
  // The provider's development login page imports a web font; nothing may leave the machine.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/]|localhost[:/])/, (route) => route.abort());
  return context;
}

async function startSso(page: Page, email: string) {
  await page.goto(`${baseUrl()}/sign-in`);
  await page.getByLabel("SSO email").fill(email);
  await page.getByRole("button", { name: "Sign in with SSO" }).click();
}

// The provider's own login and consent pages, as a person would use them.
async function signInAtProvider(page: Page, login: string) {
  await page.waitForURL((url) => url.origin === idp.issuer);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForURL((url) => url.origin === new URL(baseUrl()).origin && !url.pathname.startsWith("/api/auth"));
}

async function saveSso(organizationId: string, ownerUser: Awaited<ReturnType<typeof createStaff>>["user"], input: object) {
  await callerFor(ownerUser, { organizationHint: organizationId }).sso.save({
    enabled: true,
    clientId: idp.clientId,
    clientSecret: idp.clientSecret,
    defaultRole: "CSM",
    requiredForStaff: false,
    ...input,
  } as never);
}

beforeAll(async () => {
  browser = await launchBrowser();
  organization = await createOrganization("SSO vendor");
  owner = await createStaff(organization.id, "OWNER");
  idp = await startLocalOidcProvider({ redirectUris: [`${baseUrl()}/api/auth/callback/sso-${organization.id}`] });
  await saveSso(organization.id, owner.user, { issuer: idp.issuer, domains: [domain] });
});

afterAll(async () => {
  await browser?.close();
  await idp?.close();
});

describe("single sign-on for staff", () => {
  it("an owner sets it up in the settings (audited); admins cannot", async () => {
    const vendor = await createOrganization("Settings vendor");
    const vendorOwner = await createStaff(vendor.id, "OWNER");
    const vendorAdmin = await createStaff(vendor.id, "ADMIN");
    const vendorDomain = `settings-${randomUUID().slice(0, 8)}.test`;
    const context = await loopbackOnlyContext();
    const page = await context.newPage();
    await signIn(page, vendorOwner.user.email);
    await page.goto(`${baseUrl()}/admin/settings`);
    const form = page.getByRole("form", { name: "Single sign-on" });
    await form.getByText(`/api/auth/callback/sso-${vendor.id}`).waitFor();
    await form.getByLabel("Issuer URL").fill(idp.issuer);
    await form.getByLabel("Client ID").fill(idp.clientId);
    await form.getByLabel("Client secret").fill(idp.clientSecret);
    await form.getByLabel(/Verified email domains/).fill(vendorDomain);
    await form.getByLabel(/Role for people joining/).selectOption("ADMIN");
    await form.getByRole("button", { name: "Save single sign-on" }).click();
    await form.getByText("Single sign-on saved.").waitFor();
    const saved = await db.ssoConnection.findUniqueOrThrow({ where: { organizationId: vendor.id } });
    expect(saved).toMatchObject({ issuer: idp.issuer, clientId: idp.clientId, defaultRole: "ADMIN", requiredForStaff: false });
    expect(saved.clientSecretEncrypted).not.toContain(idp.clientSecret);
    const entry = await db.auditLog.findFirstOrThrow({ where: { organizationId: vendor.id, action: "sso.created" } });
    expect(entry.actorId).toBe(vendorOwner.user.id);
    await context.close();

    const adminContext = await loopbackOnlyContext();
    const adminPage = await adminContext.newPage();
    await signIn(adminPage, vendorAdmin.user.email);
    await adminPage.goto(`${baseUrl()}/admin/settings`);
    await adminPage.getByText("Only the organization's owner can set up single sign-on.").waitFor();
    await expect(adminPage.getByLabel("Issuer URL").count()).resolves.toBe(0);
    await adminContext.close();
  });

  it("signs in a new person of a verified domain and makes them staff with the default role", async () => {
    const email = `newcomer@${domain}`;
    idp.people.set("newcomer", { email, name: "New Comer" });
    const context = await loopbackOnlyContext();
    const page = await context.newPage();
    await startSso(page, email);
    await signInAtProvider(page, "newcomer");
    expect(new URL(page.url()).pathname).toBe("/workspace");
    await expect(page.getByTestId("signed-in-as").textContent()).resolves.toContain(email);
    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { memberships: true, accounts: true } });
    expect(user.memberships).toEqual([expect.objectContaining({ organizationId: organization.id, role: "CSM" })]);
    // Only the link to the provider's subject is kept, never its tokens.
    expect(user.accounts).toEqual([
      expect.objectContaining({
        provider: `sso-${organization.id}`,
        providerAccountId: "newcomer",
        id_token: null,
        access_token: null,
      }),
    ]);
    const joined = await db.auditLog.findFirst({
      where: { organizationId: organization.id, action: "sso.member-joined", actorId: user.id },
    });
    expect(joined?.after).toEqual({ role: "CSM" });
    await context.close();
  });

  it("refuses a provider that answers as a different issuer than the one configured", async () => {
    const other = await createOrganization("Misconfigured vendor");
    const otherOwner = await createStaff(other.id, "OWNER");
    // Same provider reached as localhost: its discovery document names http://127.0.0.1:<port> instead.
    await saveSso(other.id, otherOwner.user, { issuer: `http://localhost:${idp.port}`, domains: [otherDomain] });
    const context = await loopbackOnlyContext();
    const page = await context.newPage();
    await startSso(page, `someone@${otherDomain}`);
    await page.waitForURL(/\/sign-in\/sso-refused\?reason=issuer/);
    await page.getByText(/answers as a different issuer/).waitFor();
    expect(await db.session.count({ where: { user: { email: `someone@${otherDomain}` } } })).toBe(0);
    await context.close();
  });

  it("refuses a person the provider signs in with an address outside the verified domains", async () => {
    idp.people.set("outsider", { email: "outsider@elsewhere.test" });
    const context = await loopbackOnlyContext();
    const page = await context.newPage();
    await startSso(page, `outsider@${domain}`);
    await signInAtProvider(page, "outsider");
    expect(page.url()).toContain("/sign-in/sso-refused?reason=domain");
    await page.getByText(/outside the email domains/).waitFor();
    expect(await db.user.count({ where: { email: "outsider@elsewhere.test" } })).toBe(0);
    await page.goto(`${baseUrl()}/workspace`);
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    await context.close();
  });

  it("refuses a person whose address the provider has not verified", async () => {
    idp.people.set("unverified", { email: `unverified@${domain}`, emailVerified: false });
    const context = await loopbackOnlyContext();
    const page = await context.newPage();
    await startSso(page, `unverified@${domain}`);
    await signInAtProvider(page, "unverified");
    expect(page.url()).toContain("/sign-in/sso-refused?reason=unverified-email");
    expect(await db.user.count({ where: { email: `unverified@${domain}` } })).toBe(0);
    await context.close();
  });

  it("refuses magic links to staff once SSO is required, while customers keep them", async () => {
    const staff = await staffAt(organization.id, `veteran@${domain}`);
    const account = await createAccount(organization.id);
    const customer = await createCustomer(account);
    const context = await loopbackOnlyContext();
    const page = await context.newPage();
    // A link requested before the switch is turned on...
    const earlierLink = await requestMagicLink(page, staff.email);
    await saveSso(organization.id, owner.user, {
      issuer: idp.issuer,
      domains: [domain],
      requiredForStaff: true,
      clientSecret: undefined,
    });

    // ...no longer signs in, and a new request is refused with a pointer to SSO, sending nothing.
    await page.goto(earlierLink);
    expect(page.url()).toContain("/sign-in/sso-refused?reason=sso-required");
    await page.getByText(/requires staff to sign in with single sign-on/).waitFor();
    const emailsBefore = await db.emailLog.count({ where: { toEmail: staff.email } });
    await page.goto(`${baseUrl()}/sign-in`);
    await page.getByLabel("Work email").fill(staff.email);
    await page.getByRole("button", { name: /sign-in link/i }).click();
    await page.getByText(/requires its staff to sign in with SSO/).waitFor();
    expect(await db.emailLog.count({ where: { toEmail: staff.email } })).toBe(emailsBefore);
    expect(await db.session.count({ where: { userId: staff.id } })).toBe(0);

    // The organization's customers still sign in by email link.
    const customerLink = await requestMagicLink(page, customer.user.email);
    await page.goto(customerLink);
    await page.waitForURL((url) => !url.pathname.startsWith("/api/auth"));
    expect(new URL(page.url()).pathname).toBe("/portal");

    // And the staff member signs in through SSO.
    idp.people.set("veteran", { email: staff.email });
    const ssoContext = await loopbackOnlyContext();
    const ssoPage = await ssoContext.newPage();
    await startSso(ssoPage, staff.email);
    await signInAtProvider(ssoPage, "veteran");
    expect(new URL(ssoPage.url()).pathname).toBe("/workspace");
    await ssoContext.close();
    await context.close();
  });
});
