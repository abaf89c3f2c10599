// Each organization's identity provider is a next-auth OIDC provider with the id "sso-<organizationId>",
// built at request time from the stored connection (next-auth's lazy configuration). Its callback URL is
// what the owner registers as the redirect URI at Okta, Entra ID or Google.
import { customFetch } from "next-auth";
import type { OIDCConfig } from "next-auth/providers";
import { db } from "../../db";
import { getEnv } from "../../env";
import { identityProviderFetch } from "./identity-provider-fetch";
import { openClientSecret, ssoEncryptionKey } from "./seal-client-secret";

const prefix = "sso-";
const organizationIdPattern = /^[a-z0-9]{1,64}$/;

export const ssoProviderId = (organizationId: string) => `${prefix}${organizationId}`;

export function organizationOfSsoProvider(providerId: string | undefined): string | null {
  if (!providerId?.startsWith(prefix)) return null;
  const organizationId = providerId.slice(prefix.length);
  return organizationIdPattern.test(organizationId) ? organizationId : null;
}

export const ssoCallbackUrl = (organizationId: string) =>
  `${getEnv().APP_URL}/api/auth/callback/${ssoProviderId(organizationId)}`;

export type SsoConnection = NonNullable<Awaited<ReturnType<typeof loadSsoConnection>>>;

// The enabled connection of an organization with its secret opened, or null (none, disabled, or no key).
export async function loadSsoConnection(organizationId: string) {
  const key = ssoEncryptionKey();
  if (!key) return null;
  const connection = await db.ssoConnection.findUnique({
    where: { organizationId },
    include: { organization: { select: { name: true } }, },
  });
  if (!connection?.enabled) return null;
  const domains = await db.ssoDomain.findMany({ where: { organizationId }, select: { domain: true } });
  return {
    organizationId,
    organizationName: connection.organization.name,
    issuer: connection.issuer,
    clientId: connection.clientId,
    clientSecret: openClientSecret(connection.clientSecretEncrypted, organizationId, key),
    domains: domains.map((row) => row.domain),
    defaultRole: connection.defaultRole,
  };
}

export function buildSsoProvider(connection: SsoConnection): OIDCConfig<Record<string, unknown>> {
  return {
    id: ssoProviderId(connection.organizationId),
    name: `${connection.organizationName} SSO`,
    type: "oidc",
    issuer: connection.issuer,
    clientId: connection.clientId,
    clientSecret: connection.clientSecret,
    // Authorization code with PKCE; state and nonce are checked by next-auth (oauth4webapi), which also
    // checks the id token's issuer, audience and expiry. Its signature is checked in verifySsoSignIn.
    checks: ["pkce", "state", "nonce"],
    authorization: { params: { scope: "openid email profile" } },
    // The organization vouches for its verified domains, so an existing user with the same address
    // (invited, or signed in by magic link before) is the same person: verifySsoSignIn decides first.
    allowDangerousEmailAccountLinking: true,
    // Store only the link between the provider's subject and the user, never the provider's tokens.
    account: () => ({}),
    profile: (profile) => ({
      id: String(profile.sub),
      email: typeof profile.email === "string" ? profile.email.toLowerCase() : null,
      name: typeof profile.name === "string" ? profile.name : null,
    }),
    [customFetch]: identityProviderFetch,
  };
}
