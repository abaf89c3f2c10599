// Changing a staff member's role and removing them. Two rules hold under concurrency: an organization
// always keeps an owner, and only owners grant or take away the owner role.
import type { Prisma } from "../../generated/prisma/client";
import { z } from "zod";
import { db } from "../../db";
import { DomainError, notFound } from "../../errors";
import type { StaffRole } from "../../generated/prisma/enums";
import type { StaffScope } from "../scope";
import { recordAudit } from "@/server/platform";

export const membershipIdInput = z.object({ membershipId: z.string().min(1).max(64) });
export const changeRoleInput = membershipIdInput.extend({ role: z.enum(["OWNER", "ADMIN", "CSM"]) });

// Locks the organization's owner rows so two admins cannot each remove "the other last owner".
async function lockOwners(tx: Prisma.TransactionClient, organizationId: string): Promise<number> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Membership" WHERE "organizationId" = ${organizationId} AND role = 'OWNER' FOR UPDATE`;
  return rows.length;
}

async function findTarget(tx: Prisma.TransactionClient, actor: StaffScope, membershipId: string) {
  const target = await tx.membership.findFirst({
    where: { id: membershipId, organizationId: actor.organizationId },
    include: { user: { select: { email: true } } },
  });
  if (!target) throw notFound("Team member");
  return target;
}

export async function changeStaffRole(actor: StaffScope, actorId: string, membershipId: string, role: StaffRole) {
  return db.$transaction(async (tx) => {
    const owners = await lockOwners(tx, actor.organizationId);
    const target = await findTarget(tx, actor, membershipId);
    if ((role === "OWNER" || target.role === "OWNER") && actor.role !== "OWNER") {
      throw new DomainError("FORBIDDEN", "Only an owner can grant or remove the owner role.");
    }
    if (target.role === "OWNER" && role !== "OWNER" && owners <= 1) {
      throw new DomainError("CONFLICT", "The organization needs at least one owner: make someone else owner first.");
    }
    if (target.role === role) return target;
    const updated = await tx.membership.update({ where: { id: target.id }, data: { role } });
    await recordAudit(
      {
        organizationId: actor.organizationId,
        actorId,
        action: "staff.role_changed",
        targetType: "Membership",
        targetId: target.id,
        before: { email: target.user.email, role: target.role },
        after: { email: target.user.email, role },
      },
      tx,
    );
    return updated;
  });
}

export async function removeStaffMember(actor: StaffScope, actorId: string, membershipId: string) {
  return db.$transaction(async (tx) => {
    const owners = await lockOwners(tx, actor.organizationId);
    const target = await findTarget(tx, actor, membershipId);
    if (target.role === "OWNER" && actor.role !== "OWNER") {
      throw new DomainError("FORBIDDEN", "Only an owner can remove an owner.");
    }
    if (target.role === "OWNER" && owners <= 1) {
      throw new DomainError("CONFLICT", "The last owner cannot be removed: make someone else owner first.");
    }
    const assignedAccounts = await tx.customerAccount.count({ where: { csmMembershipId: target.id } });
    // Accounts they looked after become unassigned through the foreign key (ON DELETE SET NULL).
    await tx.membership.delete({ where: { id: target.id } });
    // Sessions are per person, not per organization: ending them signs the person out at once.
    await tx.session.deleteMany({ where: { userId: target.userId } });
    await recordAudit(
      {
        organizationId: actor.organizationId,
        actorId,
        action: "staff.removed",
        targetType: "Membership",
        targetId: target.id,
        before: { email: target.user.email, role: target.role, assignedAccounts },
      },
      tx,
    );
    return { removed: true, unassignedAccounts: assignedAccounts };
  });
}
