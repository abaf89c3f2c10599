// The champion brings colleagues into their onboarding. Reuses the staff-side invitation logic (one
// pending invitation per address, email with an idempotency key); only the champion may invite (championProcedure), and
// always as a member.
import type { ChampionScope } from "../scope";
import { inviteCustomer, inviteCustomerInput } from "../invitations/invite-customer";

export const inviteColleagueInput = inviteCustomerInput.pick({ email: true, name: true });

export async function inviteColleague(
  scope: ChampionScope,
  inviter: { id: string; name: string | null },
  input: { email: string; name?: string },
) {
  const invitation = await inviteCustomer(
    scope.organizationId,
    { ...input, role: "MEMBER", accountId: scope.accountId },
    inviter,
    { actorKind: "CUSTOMER" },
  );
  return { id: invitation.id, email: invitation.email };
}
