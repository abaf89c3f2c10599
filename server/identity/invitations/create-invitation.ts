// Invitations are accepted when the invited address signs in for the first time (the magic link proves
// the address). Re-inviting a pending address refreshes the invitation instead of creating a second one.
import { db } from "../../db";
import type { InvitationKind, StaffRole, AccountRole } from "../../generated/prisma/enums";
import { sendInvitationEmail } from "./send-invitation-email";
import { dayMs } from "@/lib/time";

const invitationLifetimeMs = 14 * dayMs;

export type NewInvitation = {
  organizationId: string;
  email: string;
  kind: InvitationKind;
  staffRole?: StaffRole;
  customerAccountId?: string;
  accountRole?: AccountRole;
  invitedTo: string;
};

export async function createInvitation(
  invitation: NewInvitation,
  inviter: { id: string; name: string | null } | null,
  options: { sendInvitation?: boolean } = {},
) {
  const { invitedTo, ...fields } = invitation;
  const email = fields.email.toLowerCase();
  const expiresAt = new Date(Date.now() + invitationLifetimeMs);
  const existing = await db.invitation.findFirst({
    where: {
      organizationId: fields.organizationId,
      email,
      kind: fields.kind,
      customerAccountId: fields.customerAccountId ?? null,
      acceptedAt: null,
      revokedAt: null,
    },
  });
  const saved = existing
    ? await db.invitation.update({
        where: { id: existing.id },
        data: { ...fields, email, expiresAt, invitedById: inviter?.id ?? null },
      })
    : await db.invitation.create({ data: { ...fields, email, expiresAt, invitedById: inviter?.id ?? null } });
  if (options.sendInvitation !== false) {
    await sendInvitationEmail({
      // A refreshed invitation is a new email, so the idempotency key includes the expiry.
      id: `${saved.id}:${expiresAt.getTime()}`,
      email,
      organizationId: saved.organizationId,
      invitedTo,
      inviterName: inviter?.name ?? "Your team",
    });
  }
  return saved;
}
