// An organization's Slack channel (admins) and each CSM's own (the CSM): connect, disconnect, see which
// are connected. The webhook URL is a secret (anyone holding it can post), so it is never shown again.
import type { z } from "zod";
import { db } from "../../db";
import { DomainError } from "../../errors";
import { hasStaffRole, type StaffScope } from "../../identity/scope";
import { recordAudit } from "@/server/platform";
import { outboundPolicy, refuseUrl } from "../outbound-http/send-outbound-request";
import type { connectSlackInput, disconnectSlackInput } from "./slack-input";

function targetOf(staff: StaffScope, target: "organization" | "me") {
  if (target === "organization" && !hasStaffRole(staff.role, "ADMIN")) {
    throw new DomainError("FORBIDDEN", "Only admins connect the organization's Slack channel.");
  }
  return target === "organization" ? "organization" : staff.membershipId;
}

export async function connectSlack(staff: StaffScope, actorId: string, input: z.infer<typeof connectSlackInput>) {
  const target = targetOf(staff, input.target);
  const refusal = refuseUrl(input.webhookUrl, outboundPolicy());
  if (refusal) throw new DomainError("BAD_REQUEST", refusal);
  await db.slackConnection.upsert({
    where: { organizationId_target: { organizationId: staff.organizationId, target } },
    create: { organizationId: staff.organizationId, target, webhookUrl: input.webhookUrl },
    update: { webhookUrl: input.webhookUrl },
  });
  await recordAudit({
    organizationId: staff.organizationId,
    actorId,
    action: "slack.connected",
    targetType: "SlackConnection",
    targetId: target,
  });
}

export async function disconnectSlack(staff: StaffScope, actorId: string, input: z.infer<typeof disconnectSlackInput>) {
  const target = targetOf(staff, input.target);
  const removed = await db.slackConnection.deleteMany({ where: { organizationId: staff.organizationId, target } });
  if (removed.count) {
    await recordAudit({
      organizationId: staff.organizationId,
      actorId,
      action: "slack.disconnected",
      targetType: "SlackConnection",
      targetId: target,
    });
  }
}

export async function getSlackStatus(staff: StaffScope) {
  const connections = await db.slackConnection.findMany({
    where: { organizationId: staff.organizationId, target: { in: ["organization", staff.membershipId] } },
    select: { target: true, createdAt: true },
  });
  const find = (target: string) => connections.find((connection) => connection.target === target)?.createdAt ?? null;
  return { organizationConnectedAt: find("organization"), mineConnectedAt: find(staff.membershipId) };
}
