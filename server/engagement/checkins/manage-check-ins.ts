// What a CSM does with an account's check-ins: see them, send one now, skip one.
import { z } from "zod";
import { db } from "../../db";
import { DomainError, notFound } from "../../errors";
import type { ProvenAccountId, ProvenOrganizationId } from "../../identity/scope";
import { recordActivity } from "@/server/platform";
import { deliverCheckIn, type DeliveryResult } from "./deliver-check-in";

export const checkInIdInput = z.object({ checkInId: z.string({ error: "Choose a check-in" }).min(1).max(64) });

type Scope = { organizationId: ProvenOrganizationId; accountId: ProvenAccountId };

export async function listCheckIns(scope: Scope) {
  return db.checkIn.findMany({
    where: { organizationId: scope.organizationId, customerAccountId: scope.accountId },
    orderBy: { dayOffset: "asc" },
    select: {
      id: true,
      dayOffset: true,
      scheduledFor: true,
      status: true,
      attempts: true,
      lastError: true,
      sentAt: true,
      answer: true,
      answeredAt: true,
      answeredByEmail: true,
      comment: true,
    },
  });
}

async function findInScope(scope: Scope, checkInId: string) {
  const checkIn = await db.checkIn.findFirst({
    where: { id: checkInId, organizationId: scope.organizationId, customerAccountId: scope.accountId },
  });
  if (!checkIn) throw notFound("Check-in");
  return checkIn;
}

// Sends now, in this request, instead of waiting for the worker. Claiming the row first (a conditional
// update) keeps this exactly-once even if the worker reaches the same row at the same moment.
export async function sendCheckInNow(scope: Scope, checkInId: string, actorId: string): Promise<DeliveryResult> {
  const checkIn = await findInScope(scope, checkInId);
  const { count } = await db.checkIn.updateMany({
    where: { id: checkIn.id, status: { in: ["SCHEDULED", "FAILED", "SKIPPED", "CANCELLED"] } },
    data: { status: "SENDING", attempts: { increment: 1 }, lastError: null },
  });
  if (count === 0) throw new DomainError("CONFLICT", "This check-in was already sent.");
  await recordActivity({
    organizationId: checkIn.organizationId,
    customerAccountId: checkIn.customerAccountId,
    actorId,
    actorKind: "STAFF",
    type: "checkin.send_requested",
    subjectType: "CheckIn",
    subjectId: checkIn.id,
    data: { dayOffset: checkIn.dayOffset },
  });
  return deliverCheckIn(checkIn.id);
}

export async function skipCheckIn(scope: Scope, checkInId: string, actorId: string): Promise<void> {
  const checkIn = await findInScope(scope, checkInId);
  const { count } = await db.checkIn.updateMany({
    where: { id: checkIn.id, status: { in: ["SCHEDULED", "FAILED", "CANCELLED"] } },
    data: { status: "SKIPPED", lastError: null },
  });
  if (count === 0) throw new DomainError("CONFLICT", "Only a check-in that has not been sent can be skipped.");
  await recordActivity({
    organizationId: checkIn.organizationId,
    customerAccountId: checkIn.customerAccountId,
    actorId,
    actorKind: "STAFF",
    type: "checkin.skipped",
    subjectType: "CheckIn",
    subjectId: checkIn.id,
    data: { dayOffset: checkIn.dayOffset },
  });
}
