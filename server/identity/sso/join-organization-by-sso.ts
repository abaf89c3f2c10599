// Just-in-time membership: a person of a verified domain who signs in through the organization's SSO
// and is not yet on its team joins with the organization's default role.
import { db } from "../../db";
import { recordAudit } from "@/server/platform";
import { loadSsoConnection } from "./sso-connection";

export async function joinOrganizationBySso(userId: string, organizationId: string): Promise<void> {
  const connection = await loadSsoConnection(organizationId);
  if (!connection) return;
  await db.$transaction(async (tx) => {
    const existing = await tx.membership.findUnique({ where: { organizationId_userId: { organizationId, userId } } });
    if (existing) return;
    const created = await tx.membership.createManyAndReturn({
      data: [{ organizationId, userId, role: connection.defaultRole }],
      skipDuplicates: true,
    });
    // A concurrent sign-in of the same person may have created it first: then there is nothing to record.
    if (created.length === 0) return;
    await recordAudit(
      {
        organizationId,
        actorId: userId,
        action: "sso.member-joined",
        targetType: "Membership",
        targetId: created[0]?.id ?? null,
        after: { role: connection.defaultRole },
      },
      tx,
    );
  });
}
