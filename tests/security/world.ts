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
      data: { days: 9, limit: 7 },
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
  const tasks = await db.accountTask.findMany({ where: { customerAccountId: victim.account.id }, orderBy: { position: "asc" } });
  const customerTask = tasks.find((task) => task.owner === "CUSTOMER")!;
  const vendorTask = tasks.find((task) => task.owner === "VENDOR")!;
  const goal = await db.goal.create({
    data: {
      organizationId: victim.organization.id,
      customerAccountId: victim.account.id,
      title: "Faster reports",
      metric: "Hours a week",
      baseline: 5,
      target: 1,
      current: 5,
      targetDate: new Date("2027-03-01"),
    },
  });
  const helpRequest = await db.helpRequest.create({
    data: {
      organizationId: victim.organization.id,
      customerAccountId: victim.account.id,
      requesterId: victim.champion.user.id,
      message: "Stuck",
    },
  });
  const tutorial = await db.tutorial.create({
    data: {
      organizationId: victim.organization.id,
      title: "Victim tutorial",
      bodyMarkdown: "# Hello",
      status: "PUBLISHED",
      versions: { create: { version: 1, title: "Victim tutorial", bodyMarkdown: "# Hello", estimatedMinutes: 1 } },
    },
    include: { versions: true },
  });
  const checkIn = await db.checkIn.findFirstOrThrow({
    where: { customerAccountId: victim.account.id },
    orderBy: { dayOffset: "asc" },
  });
  const apiKey = await db.apiKey.create({
    data: {
      organizationId: victim.organization.id,
      name: "Victim CRM",
      prefix: `v${victim.account.id.slice(-11)}`,
      secretHash: "0".repeat(64),
      scopes: ["read"],
      createdById: victim.admin.user.id,
    },
  });
  const endpoint = await db.webhookEndpoint.create({
    data: {
      organizationId: victim.organization.id,
      url: "https://hooks.example.test/victim",
      eventTypes: ["task.completed"],
      secret: "whsec_dmljdGltLXNlY3JldC12aWN0aW0tc2VjcmV0",
      deliveries: {
        create: {
          organizationId: victim.organization.id,
          eventId: `evt_${victim.account.id}`,
          eventType: "task.completed",
          payload: { id: "x" },
          status: "FAILED",
          nextAttemptAt: null,
        },
      },
    },
    include: { deliveries: true },
  });
  const ids = {
    apiKeyId: apiKey.id,
    webhookEndpointId: endpoint.id,
    webhookDeliveryId: endpoint.deliveries[0]!.id,
    checkInId: checkIn.id,
    alertId: alert.id,
    invitationId: invitation.id,
    templateId: template.templateId,
    customerTaskId: customerTask.id,
    vendorTaskId: vendorTask.id,
    goalId: goal.id,
    helpRequestId: helpRequest.id,
    tutorialId: tutorial.id,
    tutorialVersionId: tutorial.versions[0]!.id,
  };
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
    world.ids.tutorialId,
  ];
}
