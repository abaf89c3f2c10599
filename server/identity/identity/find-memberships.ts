import type { PrismaClient } from "../../db";

// The client comes from the request context: the procedure chain proves with the client its procedures use.
// A person may work for several vendors; the hint picks one, otherwise the oldest membership wins.
export async function findStaffMembership(db: PrismaClient, userId: string, organizationHint: string | null) {
  return db.membership.findFirst({
    where: { userId, ...(organizationHint ? { organizationId: organizationHint } : {}) },
    orderBy: { createdAt: "asc" },
  });
}

export async function findCustomerMembership(db: PrismaClient, userId: string, accountHint: string | null) {
  return db.accountMember.findFirst({
    where: { userId, ...(accountHint ? { customerAccountId: accountHint } : {}) },
    orderBy: { createdAt: "asc" },
  });
}
