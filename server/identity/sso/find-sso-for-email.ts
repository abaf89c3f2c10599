// Which organization's SSO an address signs in through (by its verified domain), and whether an address
// must use SSO: staff of an organization that requires it, and people invited to its staff, cannot use
// magic links; customers always can.
import { db } from "../../db";

const domainOf = (email: string) => email.slice(email.lastIndexOf("@") + 1).toLowerCase();

export async function findSsoOrganizationForEmail(email: string): Promise<string | null> {
  const row = await db.ssoDomain.findUnique({
    where: { domain: domainOf(email) },
    select: { organizationId: true, organization: { select: { ssoConnection: { select: { enabled: true } } } } },
  });
  return row?.organization.ssoConnection?.enabled ? row.organizationId : null;
}

// The name of an organization whose staff rules require SSO for this address, or null.
export async function organizationRequiringSsoFor(email: string, now = new Date()): Promise<string | null> {
  const requiring = { ssoConnection: { is: { enabled: true, requiredForStaff: true } } };
  const organization = await db.organization.findFirst({
    where: {
      ...requiring,
      OR: [
        { memberships: { some: { user: { email: email.toLowerCase() } } } },
        {
          invitations: {
            some: { email: email.toLowerCase(), kind: "STAFF", acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
          },
        },
      ],
    },
    select: { name: true },
  });
  return organization?.name ?? null;
}
