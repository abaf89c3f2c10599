// The champion brings colleagues into their onboarding. Reuses the staff-side invitation logic (one
// pending invitation per address, email with an idempotency key); only the champion may invite, and
// always as a member.
import { DomainError } from "../../errors";
import type { CustomerScope } from "../scope";
import { inviteCustomer, inviteCustomerInput } from "../invitations/invite-customer";

export const inviteColleagueInput = inviteCustomerInput.pick({ email: true, name: true });

export async function inviteColleague(
  scope: CustomerScope,
  inviter: { id: string; name: string | null },
  input: { email: string; name?: string },
) {
  if (scope.role !== "CHAMPION") throw new DomainError("FORBIDDEN", "Only your account's champion can invite colleagues.");
  const invitation = await inviteCustomer(
    scope.organizationId,
    { ...input, role: "MEMBER", accountId: scope.accountId },
    inviter,
    { actorKind: "CUSTOMER" },
  );
  return { id: invitation.id, email: invitation.email };
}
