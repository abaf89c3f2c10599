// The customer people of an account and their pending invitations, for the REST API.
import { db } from "../../../db";
import type { ProvenAccountId } from "../../../identity/scope";
import { isoOrNull } from "./present";

export async function listAccountPeople(accountId: ProvenAccountId) {
  const [members, invitations] = await Promise.all([
    db.accountMember.findMany({
      where: { customerAccountId: accountId },
      orderBy: { createdAt: "asc" },
      select: { id: true, role: true, user: { select: { name: true, email: true } } },
    }),
    db.invitation.findMany({
      where: { customerAccountId: accountId, acceptedAt: null, revokedAt: null },
      orderBy: { createdAt: "asc" },
      select: { id: true, email: true, accountRole: true, expiresAt: true },
    }),
  ]);
  return {
    data: members.map((member) => ({ id: member.id, role: member.role, name: member.user.name, email: member.user.email })),
    invitations: invitations.map((invitation) => ({
      id: invitation.id,
      email: invitation.email,
      role: invitation.accountRole ?? "MEMBER",
      expiresAt: isoOrNull(invitation.expiresAt)!,
    })),
  };
}
