// An organization's SSO connection as sign-in uses it, and the provider id and callback URL it goes by
// in next-auth ("sso-<organizationId>"). No next-auth import here: services and tests load this file.
import { db } from "../../db";
import { getEnv } from "../../env";
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
    include: { organization: { select: { name: true } } },
  });
  if (!connection?.enabled) return null;
  const domains = await db.ssoDomain.findMany({ where: { organizationId }, select: { domain: true } });
  let clientSecret: string;
  try {
    clientSecret = openClientSecret(connection.clientSecretEncrypted, organizationId, key);
  } catch {
    // Sealed under another key (SSO_ENCRYPTION_KEY changed): the owner must enter the secret again.
    console.error(`[sso] the client secret of organization ${organizationId} does not open with SSO_ENCRYPTION_KEY`);
    return null;
  }
  return {
    organizationId,
    organizationName: connection.organization.name,
    issuer: connection.issuer,
    clientId: connection.clientId,
    clientSecret,
    domains: domains.map((row) => row.domain),
    defaultRole: connection.defaultRole,
  };
}
