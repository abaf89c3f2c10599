import { db } from "../../db";
import { notFound } from "../../errors";
import type { ProvenOrganizationId } from "../scope";
import { recordAudit } from "@/server/platform";
import { DomainError } from "../../errors";
import { mayReachAccount } from "../organizations/csm-account-access";
import { hasStaffRole, type StaffScope } from "../scope";

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

// Staff invitations are the team's business (admins and owners), and nobody revokes an invitation that
// grants more than they hold; customer invitations follow the account: whoever may act on the account.
export async function revokeInvitation(staff: StaffScope, invitationId: string, actorId: string) {
  const invitation = await db.invitation.findFirst({
    where: { id: invitationId, organizationId: staff.organizationId, acceptedAt: null, revokedAt: null },
    include: {
      customerAccount: { select: { csmMembershipId: true, organization: { select: { csmsSeeOnlyOwnAccounts: true } } } },
    },
  });
  if (!invitation) throw notFound("Invitation");
  if (invitation.kind === "STAFF") {
    if (!hasStaffRole(staff.role, "ADMIN"))
      throw new DomainError("FORBIDDEN", "Only admins and owners can revoke team invitations.");
    if (invitation.staffRole && !hasStaffRole(staff.role, invitation.staffRole)) {
      throw new DomainError(
        "FORBIDDEN",
        `Only an ${invitation.staffRole.toLowerCase()} can revoke an invitation as ${invitation.staffRole.toLowerCase()}.`,
      );
    }
  } else if (invitation.customerAccount && !mayReachAccount(staff, invitation.customerAccount)) {
    throw notFound("Invitation");
  }
  await db.invitation.update({ where: { id: invitation.id }, data: { revokedAt: new Date() } });
  await recordAudit({
    organizationId: staff.organizationId,
    actorId,
    action: "invitation.revoked",
    targetType: "Invitation",
    targetId: invitation.id,
    before: { email: invitation.email },
  });
}
