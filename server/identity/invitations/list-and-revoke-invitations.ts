import { db } from "../../db";
import { notFound } from "../../errors";
import type { ProvenOrganizationId } from "../scope";
import { recordAudit } from "@/server/platform";

export async function listPendingInvitations(organizationId: ProvenOrganizationId, accountId?: string) {
  return db.invitation.findMany({
    where: {
      organizationId,
      acceptedAt: null,
      revokedAt: null,
      expiresAt: { gt: new Date() },
      ...(accountId ? { customerAccountId: accountId } : { kind: "STAFF" }),
    },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, kind: true, staffRole: true, accountRole: true, createdAt: true, expiresAt: true },
  });
}

export async function revokeInvitation(organizationId: ProvenOrganizationId, invitationId: string, actorId: string) {
  const invitation = await db.invitation.findFirst({
    where: { id: invitationId, organizationId, acceptedAt: null, revokedAt: null },
  });
  if (!invitation) throw notFound("Invitation");
  await db.invitation.update({ where: { id: invitation.id }, data: { revokedAt: new Date() } });
  await recordAudit({
    organizationId,
    actorId,
    action: "invitation.revoked",
    targetType: "Invitation",
    targetId: invitation.id,
    before: { email: invitation.email },
  });
}
