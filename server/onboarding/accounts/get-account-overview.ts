// The account page's header and people: who, status, CSM, template version and members. Goals and the
// plan load through their own procedures.
import { db } from "../../db";
import type { ProvenAccountId } from "../../identity/scope";

export async function getAccountOverview(accountId: ProvenAccountId) {
  return db.customerAccount.findUniqueOrThrow({
    where: { id: accountId },
    select: {
      id: true,
      name: true,
      status: true,
      kickoffDate: true,
      timezone: true,
      progressPercent: true,
      healthScore: true,
      lastCustomerActivityAt: true,
      lastVendorTouchAt: true,
      csm: { select: { id: true, user: { select: { name: true, email: true } } } },
      templateVersion: { select: { version: true, template: { select: { id: true, name: true } } } },
      members: {
        orderBy: { createdAt: "asc" },
        select: { id: true, role: true, user: { select: { name: true, email: true, emailBouncedAt: true } } },
      },
    },
  });
}
