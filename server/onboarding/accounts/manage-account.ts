// Account lifecycle actions a CSM takes: reassign, move the kickoff date, pause, resume, mark churned.
// Each is recorded on the timeline; moving the kickoff date moves every due date and unsent check-in with it.
import { z } from "zod";
import { kickoffDateField } from "../../../lib/dates/calendar-date";
import { db } from "../../db";
import { DomainError, notFound } from "../../errors";
import type { Prisma } from "../../generated/prisma/client";
import type { ProvenAccountId, StaffScope } from "../../identity/scope";
import { recordActivity } from "@/server/platform";
import { cancelCheckIns, rescheduleCheckIns, resumeCheckIns } from "@/server/engagement";
import { calendarDate } from "@/lib/time";
import { changeAccount } from "@/server/success";

export const reassignInput = z.object({ csmMembershipId: z.string().min(1).max(64).nullable() });
export const kickoffInput = z.object({ kickoffDate: kickoffDateField });
export const statusInput = z.object({ status: z.enum(["ONBOARDING", "LIVE", "PAUSED", "CHURNED"]) });

const statusEvents = {
  ONBOARDING: "account.resumed",
  LIVE: "account.went-live",
  PAUSED: "account.paused",
  CHURNED: "account.churned",
} as const;

async function activity(
  scope: StaffScope,
  accountId: ProvenAccountId,
  actorId: string,
  type: string,
  data: Record<string, string | null>,
  tx?: Prisma.TransactionClient,
) {
  await recordActivity(
    { organizationId: scope.organizationId, customerAccountId: accountId, actorId, actorKind: "STAFF", type, data },
    tx,
  );
}

export async function reassignCsm(
  scope: StaffScope,
  accountId: ProvenAccountId,
  actorId: string,
  input: z.infer<typeof reassignInput>,
) {
  const csm = input.csmMembershipId
    ? await db.membership.findFirst({
        where: { id: input.csmMembershipId, organizationId: scope.organizationId },
        include: { user: true },
      })
    : null;
  if (input.csmMembershipId && !csm) throw notFound("CSM");
  await db.customerAccount.update({ where: { id: accountId }, data: { csmMembershipId: csm?.id ?? null } });
  await activity(scope, accountId, actorId, "account.reassigned", { to: csm ? (csm.user.name ?? csm.user.email) : null });
}

export async function changeKickoffDate(
  scope: StaffScope,
  accountId: ProvenAccountId,
  actorId: string,
  input: z.infer<typeof kickoffInput>,
) {
  const kickoffDate = calendarDate(input.kickoffDate);
  const before = await db.customerAccount.findUniqueOrThrow({ where: { id: accountId }, select: { kickoffDate: true } });
  // Due dates (overdue tasks, milestones) move health and alerts: the change settles before returning.
  await changeAccount({ organizationId: scope.organizationId, accountId }, async (tx) => {
    await tx.customerAccount.update({ where: { id: accountId }, data: { kickoffDate } });
    // Due dates are always kickoff + the task's offset, so they move together.
    await tx.$executeRaw`UPDATE "AccountTask" SET "dueDate" = ${kickoffDate}::date + "dueOffsetDays", "updatedAt" = now()
      WHERE "customerAccountId" = ${accountId}`;
    await activity(
      scope,
      accountId,
      actorId,
      "account.kickoff-changed",
      {
        from: before.kickoffDate.toISOString().slice(0, 10),
        to: input.kickoffDate,
      },
      tx,
    );
  });
  // Unsent check-ins move with the kickoff date.
  await rescheduleCheckIns(accountId);
}

export async function setAccountStatus(
  scope: StaffScope,
  accountId: ProvenAccountId,
  actorId: string,
  input: z.infer<typeof statusInput>,
) {
  const account = await db.customerAccount.findUniqueOrThrow({ where: { id: accountId }, select: { status: true } });
  if (account.status === input.status) return;
  if (account.status === "CHURNED" && input.status !== "ONBOARDING") {
    throw new DomainError("BAD_REQUEST", "A churned account can only be reopened into onboarding.");
  }
  // Status is a health factor and decides which accounts are alerted on: the change settles before returning.
  await changeAccount({ organizationId: scope.organizationId, accountId }, async (tx, emit) => {
    await tx.customerAccount.update({ where: { id: accountId }, data: { status: input.status } });
    await activity(scope, accountId, actorId, statusEvents[input.status], { from: account.status, to: input.status }, tx);
    emit({
      type: "account.status_changed",
      organizationId: scope.organizationId,
      accountId,
      data: { accountId, from: account.status, to: input.status },
    });
  });
  // Paused and churned accounts get no check-ins; resuming schedules the ones still ahead.
  if (input.status === "PAUSED" || input.status === "CHURNED") await cancelCheckIns(accountId);
  else if (account.status === "PAUSED" || account.status === "CHURNED") await resumeCheckIns(accountId);
}
