// Who the signed-in person is and everywhere they belong: drives the app shell and the home redirect.
import { db } from "../../db";

export async function getViewer(userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      memberships: {
        orderBy: { createdAt: "asc" },
        select: { id: true, role: true, organization: { select: { id: true, name: true, brandColor: true, logoUrl: true } } },
      },
      accountMemberships: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          role: true,
          customerAccount: {
            select: { id: true, name: true, organization: { select: { id: true, name: true, brandColor: true, logoUrl: true } } },
          },
        },
      },
    },
  });
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    staff: user.memberships.map((membership) => ({
      membershipId: membership.id,
      role: membership.role,
      organization: membership.organization,
    })),
    customer: user.accountMemberships.map((member) => ({
      accountMemberId: member.id,
      role: member.role,
      account: { id: member.customerAccount.id, name: member.customerAccount.name },
      organization: member.customerAccount.organization,
    })),
  };
}
