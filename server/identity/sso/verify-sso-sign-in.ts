// Decides whether an SSO sign-in may go on, after next-auth has checked state, PKCE, nonce and the id
// token's claims. Here, independently: the id token's signature against the issuer's published keys
// (JWKS), its issuer, audience and expiry; a verified email in one of the organization's domains; and
// that the person belongs to no other organization (an identity provider vouches for its own staff only,
// never for someone another organization or customer account knows or has invited).
import { createLocalJWKSet, jwtVerify, type JWTPayload } from "jose";
import { db } from "../../db";
import { identityProviderFetch } from "./identity-provider-fetch";
import { loadSsoConnection, ssoProviderId, type SsoConnection } from "./sso-connection";

export type SsoRefusal =
  "unavailable" | "issuer" | "token" | "unverified-email" | "domain" | "other-organization" | "sso-required";

export const ssoRefusedPath = (reason: SsoRefusal) => `/sign-in/sso-refused?reason=${reason}`;

// The issuer's metadata as the discovery document states it; a document naming another issuer is refused.
export async function discoverIssuer(issuer: string): Promise<{ jwks_uri: string; authorization_endpoint: string }> {
  const url = `${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`;
  const response = await identityProviderFetch(url, { headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`The discovery document answered ${response.status}`);
  const metadata = (await response.json()) as Record<string, unknown>;
  if (metadata.issuer !== issuer) throw new Error(`The discovery document names the issuer ${String(metadata.issuer)}`);
  if (typeof metadata.jwks_uri !== "string" || typeof metadata.authorization_endpoint !== "string") {
    throw new Error("The discovery document has no jwks_uri or authorization_endpoint");
  }
  return { jwks_uri: metadata.jwks_uri, authorization_endpoint: metadata.authorization_endpoint };
}

async function verifyIdToken(connection: SsoConnection, idToken: string): Promise<JWTPayload | null> {
  try {
    const { jwks_uri } = await discoverIssuer(connection.issuer);
    const keys = await (await identityProviderFetch(jwks_uri, { headers: { accept: "application/json" } })).json();
    const { payload } = await jwtVerify(idToken, createLocalJWKSet(keys), {
      issuer: connection.issuer,
      audience: connection.clientId,
      requiredClaims: ["sub", "exp", "iat"],
    });
    return payload;
  } catch (error) {
    console.warn(`[sso] id token refused for organization ${connection.organizationId}: ${(error as Error).message}`);
    return null;
  }
}

// Okta and Google send email_verified; Entra ID states domain ownership as xms_edov (an optional claim).
const emailIsVerified = (claims: JWTPayload) => claims.email_verified === true || claims.xms_edov === true;

// Memberships, customer memberships or pending invitations elsewhere (signing in accepts invitations).
async function belongsElsewhere(email: string, organizationId: string, now = new Date()): Promise<boolean> {
  const invitedElsewhere = await db.invitation.count({
    where: { email, organizationId: { not: organizationId }, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
  });
  if (invitedElsewhere > 0) return true;
  const user = await db.user.findUnique({
    where: { email },
    select: {
      memberships: { where: { organizationId: { not: organizationId } }, take: 1, select: { id: true } },
      accountMemberships: { where: { organizationId: { not: organizationId } }, take: 1, select: { id: true } },
    },
  });
  return Boolean(user && (user.memberships.length > 0 || user.accountMemberships.length > 0));
}

// True when the sign-in may go on, otherwise the page that explains the refusal.
export async function verifySsoSignIn(params: {
  organizationId: string;
  idToken: string | undefined;
  subject: string;
}): Promise<true | string> {
  const connection = await loadSsoConnection(params.organizationId);
  if (!connection) return ssoRefusedPath("unavailable");
  const claims = params.idToken ? await verifyIdToken(connection, params.idToken) : null;
  if (!claims || claims.sub !== params.subject) return ssoRefusedPath("token");
  const email = typeof claims.email === "string" ? claims.email.toLowerCase() : "";
  if (!email || !emailIsVerified(claims)) return ssoRefusedPath("unverified-email");
  if (!connection.domains.includes(email.slice(email.lastIndexOf("@") + 1))) return ssoRefusedPath("domain");
  // A subject already linked to a person must still carry that person's address.
  const linked = await db.account.findUnique({
    where: { provider_providerAccountId: { provider: ssoProviderId(connection.organizationId), providerAccountId: claims.sub } },
    select: { user: { select: { email: true } } },
  });
  if (linked && linked.user.email !== email) return ssoRefusedPath("token");
  if (await belongsElsewhere(email, connection.organizationId)) return ssoRefusedPath("other-organization");
  return true;
}
