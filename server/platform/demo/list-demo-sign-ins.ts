// The demo organization's people, listed on the sign-in page in development so anyone can try each role.
import { db } from "../../db";
import { demoOrganizationSlug } from "./demo-constants";

export async function listDemoSignIns(): Promise<{ email: string; label: string }[]> {
  const organization = await db.organization.findUnique({
    where: { slug: demoOrganizationSlug },
    select: {
      memberships: { orderBy: { role: "asc" }, select: { role: true, user: { select: { email: true, name: true } } } },
      accountMembers: {
        where: { role: "CHAMPION" },
        take: 3,
        orderBy: { createdAt: "asc" },
        select: { user: { select: { email: true, name: true } }, customerAccount: { select: { name: true } } },
      },
    },
  });
  if (!organization) return [];
  return [
    ...organization.memberships.map((m) => ({
      email: m.user.email,
      label: `${m.user.name ?? "Staff"} (${m.role.toLowerCase()})`,
    })),
    ...organization.accountMembers.map((m) => ({
      email: m.user.email,
      label: `${m.user.name ?? "Customer"}, champion at ${m.customerAccount.name}`,
    })),
  ];
}
