import { db } from "../../db";
import type { Branding } from "../../email/templates/email-layout";
import { getEnv } from "../../env";

export async function brandingOf(organizationId: string): Promise<Branding> {
  const organization = await db.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { name: true, brandColor: true, logoUrl: true },
  });
  // Uploaded logos are stored as app-relative paths; mail clients need an absolute address.
  const logoUrl = organization.logoUrl?.startsWith("/")
    ? new URL(organization.logoUrl, getEnv().APP_URL).toString()
    : organization.logoUrl;
  return { organizationName: organization.name, brandColor: organization.brandColor, logoUrl };
}
