import { db } from "../../db";
import type { Branding } from "../../email/templates/email-layout";

export async function brandingOf(organizationId: string): Promise<Branding> {
  const organization = await db.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { name: true, brandColor: true, logoUrl: true },
  });
  return { organizationName: organization.name, brandColor: organization.brandColor, logoUrl: organization.logoUrl };
}
