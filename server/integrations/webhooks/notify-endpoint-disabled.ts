// Emails the organization's admins and owners that a webhook endpoint was turned off.
import { db } from "../../db";
import { sendEmail, essentialCategory } from "../../email/send-email";
import { composeEmail } from "../../email/templates/define-email-template";
import { webhookDisabledEmail } from "../../email/templates/webhook-disabled-email";
import { getEnv } from "../../env";
import { brandingOf } from "@/server/identity";

export async function notifyEndpointDisabled(endpointId: string) {
  const endpoint = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } });
  const admins = await db.membership.findMany({
    where: { organizationId: endpoint.organizationId, role: { in: ["ADMIN", "OWNER"] } },
    select: { user: { select: { email: true } } },
  });
  const branding = await brandingOf(endpoint.organizationId);
  const lastError = (
    await db.webhookDelivery.findFirst({ where: { endpointId }, orderBy: { createdAt: "desc" }, select: { lastError: true } })
  )?.lastError;
  for (const admin of admins) {
    await sendEmail({
      to: admin.user.email,
      category: essentialCategory,
      ...composeEmail(webhookDisabledEmail, {
        branding,
        endpointUrl: endpoint.url,
        lastError: lastError ?? null,
        settingsUrl: `${getEnv().APP_URL}/admin/integrations`,
      }),
      idempotencyKey: `webhook-disabled:${endpointId}:${endpoint.disabledAt?.toISOString() ?? ""}:${admin.user.email}`,
      organizationId: endpoint.organizationId,
    });
  }
}
