// The organization's email log for admins: recent sends with their delivery status (updated by Resend's
// webhooks), filterable by status. Bodies are never shown here.
import { z } from "zod";
import { db } from "../../db";
import type { ProvenOrganizationId } from "../../identity/scope";
import { emailStatuses } from "../../../lib/email-statuses";

export const emailLogInput = z.object({ status: z.enum(emailStatuses, { error: "Unknown email status" }).optional() });

export async function listEmailLog(organizationId: ProvenOrganizationId, status?: (typeof emailStatuses)[number]) {
  return db.emailLog.findMany({
    where: { organizationId, ...(status ? { status } : {}) },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: {
      id: true,
      toEmail: true,
      subject: true,
      template: true,
      category: true,
      transport: true,
      status: true,
      error: true,
      createdAt: true,
      updatedAt: true,
    },
  });
}
