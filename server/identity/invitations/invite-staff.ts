import { z } from "zod";
import { db } from "../../db";
import { DomainError } from "../../errors";
import type { StaffRole } from "../../generated/prisma/enums";
import { hasStaffRole, type ProvenOrganizationId } from "../scope";
import { recordAudit } from "@/server/platform";
import { createInvitation } from "./create-invitation";

export const inviteStaffInput = z.object({
  email: z.email("Enter a valid email address").max(254).toLowerCase(),
  role: z.enum(["OWNER", "ADMIN", "CSM"]),
});

export async function inviteStaff(
  organizationId: ProvenOrganizationId,
  input: z.infer<typeof inviteStaffInput>,
  inviter: { id: string; name: string | null; role: StaffRole },
) {
  // Nobody hands out more power than they hold.
  if (!hasStaffRole(inviter.role, input.role)) {
    throw new DomainError("FORBIDDEN", `Only an ${input.role.toLowerCase()} can invite an ${input.role.toLowerCase()}.`);
  }
  const alreadyMember = await db.membership.findFirst({ where: { organizationId, user: { email: input.email } } });
  if (alreadyMember) throw new DomainError("CONFLICT", `${input.email} is already on the team.`);
  const organization = await db.organization.findUniqueOrThrow({ where: { id: organizationId } });
  const invitation = await createInvitation(
    { organizationId, email: input.email, kind: "STAFF", staffRole: input.role, invitedTo: `the ${organization.name} team` },
    inviter,
  );
  await recordAudit({
    organizationId,
    actorId: inviter.id,
    action: "staff.invited",
    targetType: "Invitation",
    targetId: invitation.id,
    after: { email: input.email, role: input.role },
  });
  return invitation;
}
