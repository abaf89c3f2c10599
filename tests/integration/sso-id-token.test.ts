// The id token check that does not rely on next-auth: a local issuer on 127.0.0.1 publishes its discovery
// document and JWKS, and verifySsoSignIn accepts only tokens signed by its key for this client, from this
// issuer, unexpired, for a verified address in the organization's domains, of a person no other
// organization knows.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifySsoSignIn } from "../../server/identity/sso/verify-sso-sign-in";
import { callerFor, createStaff, createTwoTenants } from "../support/factories";
import { db } from "../../server/db";

let server: Server;
let issuer: string;
let signingKey: CryptoKey;
let strangerKey: CryptoKey;
let tenants: Awaited<ReturnType<typeof createTwoTenants>>;
const clientId = "onward-client";
const domain = `idtoken-${randomUUID().slice(0, 8)}.example`;

beforeAll(async () => {
  const pair = await generateKeyPair("RS256");
  signingKey = pair.privateKey;
  strangerKey = (await generateKeyPair("RS256")).privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: "k1", alg: "RS256", use: "sig" };
  server = createServer((req, res) => {
    res.setHeader("content-type", "application/json");
    if (req.url === "/.well-known/openid-configuration") {
      res.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/jwks`, authorization_endpoint: `${issuer}/auth` }));
    } else if (req.url === "/jwks") res.end(JSON.stringify({ keys: [jwk] }));
    else res.writeHead(404).end("{}");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  tenants = await createTwoTenants();
  await callerFor(tenants.victim.owner.user).sso.save({
    enabled: true,
    issuer,
    clientId,
    clientSecret: "secret",
    domains: [domain],
    defaultRole: "CSM",
    requiredForStaff: false,
  });
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

type Claims = Record<string, unknown>;
async function idToken(claims: Claims = {}, options: { key?: CryptoKey; expiresIn?: string; kid?: string } = {}) {
  const { iss = issuer, aud = clientId, ...rest } = claims;
  return new SignJWT({ email: `person@${domain}`, email_verified: true, ...rest })
    .setProtectedHeader({ alg: "RS256", kid: options.kid ?? "k1" })
    .setIssuer(String(iss))
    .setAudience(aud as string)
    .setSubject("subject-1")
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? "5m")
    .sign(options.key ?? signingKey);
}

const verify = (token: string, subject = "subject-1") =>
  verifySsoSignIn({ organizationId: tenants.victim.organization.id, idToken: token, subject });

describe("SSO id token verification", () => {
  it("accepts a token signed by the issuer's key for this client", async () => {
    await expect(verify(await idToken())).resolves.toBe(true);
  });

  it("refuses a token signed by another key, from another issuer, for another client, or expired", async () => {
    await expect(verify(await idToken({}, { key: strangerKey }))).resolves.toMatch(/reason=token$/);
    await expect(verify(await idToken({ iss: "http://127.0.0.1:1" }))).resolves.toMatch(/reason=token$/);
    await expect(verify(await idToken({ aud: "someone-else" }))).resolves.toMatch(/reason=token$/);
    await expect(verify(await idToken({}, { expiresIn: "-1m" }))).resolves.toMatch(/reason=token$/);
    await expect(verify(await idToken(), "another-subject")).resolves.toMatch(/reason=token$/);
    await expect(verify("not-a-jwt")).resolves.toMatch(/reason=token$/);
  });

  it("refuses an unverified address and one outside the organization's domains", async () => {
    await expect(verify(await idToken({ email_verified: false }))).resolves.toMatch(/reason=unverified-email$/);
    await expect(verify(await idToken({ email: "person@elsewhere.example" }))).resolves.toMatch(/reason=domain$/);
    // Entra ID states a verified domain owner as xms_edov instead of email_verified.
    await expect(verify(await idToken({ email_verified: undefined, xms_edov: true }))).resolves.toBe(true);
  });

  it("refuses a person another organization knows, even at one of this organization's domains", async () => {
    const elsewhere = await createStaff(tenants.attacker.organization.id, "CSM");
    const email = `taken@${domain}`;
    await db.user.update({ where: { id: elsewhere.user.id }, data: { email } });
    await expect(verify(await idToken({ email }))).resolves.toMatch(/reason=other-organization$/);
  });

  it("refuses everything once the organization disables SSO", async () => {
    await db.ssoConnection.update({ where: { organizationId: tenants.victim.organization.id }, data: { enabled: false } });
    await expect(verify(await idToken())).resolves.toMatch(/reason=unavailable$/);
    await db.ssoConnection.update({ where: { organizationId: tenants.victim.organization.id }, data: { enabled: true } });
  });
});
