import { z } from "zod";
import { db } from "../../db";
import { DomainError, notFound } from "../../errors";
import type { ProvenOrganizationId } from "../scope";
import { recordActivity } from "@/server/platform";
import { createInvitation } from "./create-invitation";

export const inviteCustomerInput = z.object({
  email: z.email("Enter a valid email address").max(254).toLowerCase(),
  name: z.string().trim().normalize("NFC").max(120, "Keep the name under 120 characters").optional(),
  role: z.enum(["CHAMPION", "MEMBER"]).default("MEMBER"),
});

export async function inviteCustomer(
  organizationId: ProvenOrganizationId,
  input: z.input<typeof inviteCustomerInput> & { accountId: string },
  inviter: { id: string; name: string | null } | null,
  options: { sendInvitation?: boolean; limitCounted?: boolean; actorKind?: "STAFF" | "CUSTOMER" } = {},
) {
  const { email, role, name } = inviteCustomerInput.parse(input);
  const account = await db.customerAccount.findFirst({
    where: { id: input.accountId, organizationId },
    include: { organization: { select: { name: true } } },
  });
  if (!account) throw notFound("Account");
  const alreadyMember = await db.accountMember.findFirst({ where: { customerAccountId: account.id, user: { email } } });
  if (alreadyMember) throw new DomainError("CONFLICT", `${email} is already a member of ${account.name}.`);
  const invitation = await createInvitation(
    {
      organizationId,
      email,
      kind: "CUSTOMER",
      customerAccountId: account.id,
      accountRole: role,
      name: name || null,
      invitedTo: `${account.name}'s onboarding with ${account.organization.name}`,
    },
    inviter,
    options,
  );
  await recordActivity({
    organizationId,
    customerAccountId: account.id,
    actorId: inviter?.id ?? null,
    // A champion inviting a colleague is customer activity, not a vendor touch.
    actorKind: inviter ? (options.actorKind ?? "STAFF") : "SYSTEM",
    type: "member.invited",
    data: { email, role },
  });
  return invitation;
}
