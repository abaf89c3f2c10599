import { db } from "../../db";
import type { ProvenAccountId } from "../../trpc/scope";

export async function getAccountMembers(accountId: ProvenAccountId) {
  const account = await db.customerAccount.findUniqueOrThrow({
    where: { id: accountId },
    select: {
      id: true,
      name: true,
      status: true,
      members: { orderBy: { createdAt: "asc" }, select: { id: true, role: true, user: { select: { name: true, email: true } } } },
    },
  });
  return account;
}
