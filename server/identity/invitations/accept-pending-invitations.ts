// Runs on every sign-in: turns the address's pending invitations into memberships.
import { db } from "../../db";
import { recordActivity } from "@/server/platform";

export async function acceptPendingInvitations(user: { id: string; email: string }, now = new Date()): Promise<number> {
  const pending = await db.invitation.findMany({
    where: { email: user.email.toLowerCase(), acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
  });
  // The name an inviter gave (the champion's name on a new account) becomes the person's name unless they have one.
  const givenName = pending.find((invitation) => invitation.name)?.name;
  if (givenName) await db.user.updateMany({ where: { id: user.id, name: null }, data: { name: givenName } });
  for (const invitation of pending) {
    await db.$transaction(async (tx) => {
      if (invitation.kind === "STAFF" && invitation.staffRole) {
        await tx.membership.upsert({
          where: { organizationId_userId: { organizationId: invitation.organizationId, userId: user.id } },
          create: { organizationId: invitation.organizationId, userId: user.id, role: invitation.staffRole },
          update: {},
        });
      }
      if (invitation.kind === "CUSTOMER" && invitation.customerAccountId) {
        await tx.accountMember.upsert({
          where: { customerAccountId_userId: { customerAccountId: invitation.customerAccountId, userId: user.id } },
          create: {
            organizationId: invitation.organizationId,
            customerAccountId: invitation.customerAccountId,
            userId: user.id,
            role: invitation.accountRole ?? "MEMBER",
          },
          update: {},
        });
        await recordActivity(
          {
            organizationId: invitation.organizationId,
            customerAccountId: invitation.customerAccountId,
            actorId: user.id,
            actorKind: "CUSTOMER",
            type: "member.joined",
            data: { email: user.email },
          },
          tx,
        );
      }
      await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: now } });
    });
  }
  return pending.length;
}

export async function hasPendingInvitation(email: string, now = new Date()): Promise<boolean> {
  const count = await db.invitation.count({
    where: { email: email.toLowerCase(), acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
  });
  return count > 0;
}
