import { db } from "../../db";
import type { ProvenOrganizationId } from "../scope";

export async function listTeam(organizationId: ProvenOrganizationId) {
  return db.membership.findMany({
    where: { organizationId },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }],
    select: { id: true, role: true, createdAt: true, user: { select: { name: true, email: true } } },
  });
}
