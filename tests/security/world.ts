// Two complete tenants with one of everything, so every procedure can be called with the victim's ids.
import { db } from "../../server/db";
import { createTwoTenants } from "../support/factories";

export async function buildWorld() {
  const { victim, attacker } = await createTwoTenants();
  const alert = await db.alert.create({
    data: {
      organizationId: victim.organization.id,
      customerAccountId: victim.account.id,
      kind: "STALLED",
      reason: "Quiet",
      dedupeKey: `stalled:${victim.account.id}`,
    },
  });
  const invitation = await db.invitation.create({
    data: {
      organizationId: victim.organization.id,
      email: `pending-${victim.account.id}@example.test`,
      kind: "CUSTOMER",
      customerAccountId: victim.account.id,
      accountRole: "MEMBER",
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  const template = await db.templateVersion.findUniqueOrThrow({ where: { id: victim.version.id }, select: { templateId: true } });
  const ids = { alertId: alert.id, invitationId: invitation.id, templateId: template.templateId };
  return { victim, attacker, ids };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;

// Strings that must never appear in what an outsider receives. A customer of another account of the same
// vendor legitimately sees the vendor (its name, their shared CSM), never the victim account's own data.
export function victimMarkers(world: World, outsider: "same-organization" | "other-organization"): string[] {
  const { victim } = world;
  const accountMarkers = [
    victim.account.id,
    victim.champion.user.email,
    victim.member.user.email,
    world.ids.alertId,
    world.ids.invitationId,
  ];
  if (outsider === "same-organization") return accountMarkers;
  return [
    ...accountMarkers,
    victim.organization.id,
    victim.organization.name,
    victim.otherAccount.id,
    victim.csm.user.email,
    victim.admin.user.email,
    victim.owner.user.email,
    world.ids.templateId,
  ];
}
