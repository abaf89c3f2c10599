// SSO settings through the real procedures: owners only, the client secret sealed with AES-256-GCM and
// never returned, domains claimed by one organization at a time, issuers https (or loopback in tests),
// every change audited; and the sealing itself (tamper-evident, bound to its organization).
import { randomBytes, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { db } from "../../server/db";
import { identityProviderUrlProblem } from "../../server/identity/sso/identity-provider-fetch";
import { openClientSecret, sealClientSecret } from "../../server/identity/sso/seal-client-secret";
import { loadSsoConnection } from "../../server/identity/sso/sso-connection";
import { findSsoOrganizationForEmail, organizationRequiringSsoFor } from "../../server/identity/sso/find-sso-for-email";
import { callerFor, createTwoTenants } from "../support/factories";

let tenants: Awaited<ReturnType<typeof createTwoTenants>>;
const domain = () => `corp-${randomUUID().slice(0, 8)}.example`;
const settings = (overrides: Record<string, unknown> = {}) => ({
  enabled: true,
  issuer: "https://acme.okta.example",
  clientId: "0oa-client",
  clientSecret: "super-secret-value",
  domains: [domain()],
  defaultRole: "CSM" as const,
  requiredForStaff: false,
  ...overrides,
});

beforeAll(async () => {
  tenants = await createTwoTenants();
});

describe("sealing client secrets", () => {
  const key = randomBytes(32);

  it("opens what it sealed, with a fresh IV each time", () => {
    const first = sealClientSecret("s3cret", "org-a", key);
    const second = sealClientSecret("s3cret", "org-a", key);
    expect(first).not.toBe(second);
    expect(first).not.toContain("s3cret");
    expect(openClientSecret(first, "org-a", key)).toBe("s3cret");
  });

  it("refuses another organization's row, another key and any tampering", () => {
    const sealed = sealClientSecret("s3cret", "org-a", key);
    expect(() => openClientSecret(sealed, "org-b", key)).toThrow();
    expect(() => openClientSecret(sealed, "org-a", randomBytes(32))).toThrow();
    const parts = sealed.split(".");
    const flipped = Buffer.from(parts[3]!, "base64url");
    flipped[0] = flipped[0]! ^ 1;
    expect(() => openClientSecret([...parts.slice(0, 3), flipped.toString("base64url")].join("."), "org-a", key)).toThrow();
  });
});

describe("issuer URLs", () => {
  it("are https in production, and loopback http only when allowed", () => {
    expect(identityProviderUrlProblem("https://login.microsoftonline.com/tenant/v2.0", false)).toBeNull();
    expect(identityProviderUrlProblem("http://127.0.0.1:9000", false)).toMatch(/https/);
    expect(identityProviderUrlProblem("http://127.0.0.1:9000", true)).toBeNull();
    expect(identityProviderUrlProblem("http://idp.example.com", true)).toMatch(/https/);
    expect(identityProviderUrlProblem("https://user:pw@idp.example.com", false)).toMatch(/password/);
  });
});

describe("SSO settings", () => {
  it("an owner saves a connection: the secret is sealed at rest, never returned, and the save is audited", async () => {
    const owner = callerFor(tenants.victim.owner.user);
    const input = settings();
    await owner.sso.save(input);
    const read = await owner.sso.get();
    expect(read.available).toBe(true);
    expect(read.callbackUrl).toMatch(new RegExp(`/api/auth/callback/sso-${tenants.victim.organization.id}$`));
    expect(read.connection).toMatchObject({
      issuer: input.issuer,
      clientId: input.clientId,
      domains: input.domains,
      clientSecretSet: true,
    });
    expect(JSON.stringify(read)).not.toContain(input.clientSecret);
    const row = await db.ssoConnection.findUniqueOrThrow({ where: { organizationId: tenants.victim.organization.id } });
    expect(row.clientSecretEncrypted).not.toContain(input.clientSecret);
    expect((await loadSsoConnection(tenants.victim.organization.id))?.clientSecret).toBe(input.clientSecret);
    const entry = await db.auditLog.findFirstOrThrow({
      where: { organizationId: tenants.victim.organization.id, action: "sso.created" },
    });
    expect(entry.actorId).toBe(tenants.victim.owner.user.id);
    expect(entry.after).toMatchObject({ issuer: input.issuer, clientSecret: "changed" });
    expect(JSON.stringify(entry)).not.toContain(input.clientSecret);
  });

  it("keeps the stored secret when the form leaves it blank, and audits only what changed", async () => {
    const owner = callerFor(tenants.victim.owner.user);
    const input = settings({ clientSecret: "first-secret" });
    await owner.sso.save(input);
    await owner.sso.save({ ...input, clientSecret: undefined, requiredForStaff: true, defaultRole: "ADMIN" });
    expect((await loadSsoConnection(tenants.victim.organization.id))?.clientSecret).toBe("first-secret");
    const entry = await db.auditLog.findFirstOrThrow({
      where: { organizationId: tenants.victim.organization.id, action: "sso.updated" },
      orderBy: { createdAt: "desc" },
    });
    expect(entry.before).toEqual({ defaultRole: "CSM", requiredForStaff: false });
    expect(entry.after).toEqual({ defaultRole: "ADMIN", requiredForStaff: true });
  });

  it("finds the organization by an address's domain, and requires SSO for its staff only", async () => {
    const owner = callerFor(tenants.victim.owner.user);
    const input = settings({ requiredForStaff: true });
    await owner.sso.save(input);
    expect(await findSsoOrganizationForEmail(`Someone@${input.domains[0]}`)).toBe(tenants.victim.organization.id);
    expect(await organizationRequiringSsoFor(tenants.victim.csm.user.email)).toBe(tenants.victim.organization.name);
    expect(await organizationRequiringSsoFor(tenants.victim.champion.user.email)).toBeNull();
    expect(await organizationRequiringSsoFor(tenants.attacker.csm.user.email)).toBeNull();
    await owner.sso.save({ ...input, clientSecret: undefined, enabled: false });
    expect(await findSsoOrganizationForEmail(`someone@${input.domains[0]}`)).toBeNull();
    expect(await organizationRequiringSsoFor(tenants.victim.csm.user.email)).toBeNull();
  });

  it("refuses a domain another organization signs in with, and changes nothing", async () => {
    const claimed = domain();
    await callerFor(tenants.attacker.owner.user).sso.save(settings({ domains: [claimed] }));
    const before = await db.ssoConnection.findUnique({ where: { organizationId: tenants.victim.organization.id } });
    await expect(
      callerFor(tenants.victim.owner.user).sso.save(settings({ domains: [claimed], clientId: "changed" })),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining(claimed),
    });
    expect(await db.ssoConnection.findUnique({ where: { organizationId: tenants.victim.organization.id } })).toEqual(before);
    expect((await db.ssoDomain.findUniqueOrThrow({ where: { domain: claimed } })).organizationId).toBe(
      tenants.attacker.organization.id,
    );
  });

  it("refuses plain-http issuers other than loopback, and a first save without a secret", async () => {
    const owner = callerFor(tenants.victim.owner.user);
    await expect(owner.sso.save(settings({ issuer: "http://idp.example.com" }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const fresh = await createTwoTenants();
    await expect(callerFor(fresh.victim.owner.user).sso.save(settings({ clientSecret: undefined }))).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Enter the client secret",
    });
    await expect(owner.sso.save(settings({ domains: ["https://acme.com"] }))).rejects.toBeInstanceOf(TRPCError);
  });

  it("treats a secret sealed under another key as no connection instead of failing sign-in", async () => {
    const owner = callerFor(tenants.victim.owner.user);
    await owner.sso.save(settings());
    await db.ssoConnection.update({
      where: { organizationId: tenants.victim.organization.id },
      data: { clientSecretEncrypted: sealClientSecret("old", tenants.victim.organization.id, randomBytes(32)) },
    });
    expect(await loadSsoConnection(tenants.victim.organization.id)).toBeNull();
    await owner.sso.save(settings({ clientSecret: "entered-again" }));
    expect((await loadSsoConnection(tenants.victim.organization.id))?.clientSecret).toBe("entered-again");
  });

  it("is for owners only: admins and CSMs are refused", async () => {
    await expect(callerFor(tenants.victim.admin.user).sso.get()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(tenants.victim.admin.user).sso.save(settings())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(tenants.victim.csm.user).sso.remove()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("an owner removes the connection and its domains, audited", async () => {
    const owner = callerFor(tenants.victim.owner.user);
    const input = settings();
    await owner.sso.save(input);
    await owner.sso.remove();
    expect((await owner.sso.get()).connection).toBeNull();
    expect(await db.ssoDomain.count({ where: { organizationId: tenants.victim.organization.id } })).toBe(0);
    const entry = await db.auditLog.findFirstOrThrow({
      where: { organizationId: tenants.victim.organization.id, action: "sso.removed" },
    });
    expect(entry.before).toMatchObject({ issuer: input.issuer, domains: input.domains });
  });
});
