import { db } from "../../db";

// A person may work for several vendors; the hint picks one, otherwise the oldest membership wins.
export async function findStaffMembership(userId: string, organizationHint: string | null) {
  return db.membership.findFirst({
    where: { userId, ...(organizationHint ? { organizationId: organizationHint } : {}) },
    orderBy: { createdAt: "asc" },
  });
}

export async function findCustomerMembership(userId: string, accountHint: string | null) {
  return db.accountMember.findFirst({
    where: { userId, ...(accountHint ? { customerAccountId: accountHint } : {}) },
    orderBy: { createdAt: "asc" },
  });
}
