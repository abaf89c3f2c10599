import { db } from "../../db";
import type { Branding } from "../../email/templates/email-layout";
import { getEnv } from "../../env";

export async function brandingOf(organizationId: string): Promise<Branding> {
  const organization = await db.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { name: true, brandColor: true, logoUrl: true },
  });
  return brandingFrom(organization);
}

// For callers that loaded the organization already (e.g. with a batch of check-ins).
export function brandingFrom(organization: { name: string; brandColor: string; logoUrl: string | null }): Branding {
  // Uploaded logos are stored as app-relative paths; mail clients need an absolute address.
  const logoUrl = organization.logoUrl?.startsWith("/")
    ? new URL(organization.logoUrl, getEnv().APP_URL).toString()
    : organization.logoUrl;
  return { organizationName: organization.name, brandColor: organization.brandColor, logoUrl };
}

// Who customer-facing mail appears to come from, and where replies go (Organization settings).
export async function senderOf(organizationId: string): Promise<{ fromName: string | null; replyTo: string | null }> {
  const organization = await db.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { senderName: true, replyToEmail: true },
  });
  // Without a sender name, mail keeps the configured EMAIL_FROM name.
  return { fromName: organization.senderName, replyTo: organization.replyToEmail };
}
