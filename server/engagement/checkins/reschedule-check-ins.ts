// Keeps unsent check-ins in step with the account: after a kickoff-date (or time-zone) change, when the
// account is paused or churned, and when it resumes.
import { db } from "../../db";
import { checkInRows, passedAtKickoff, planCheckIns } from "./schedule-check-ins";

async function planFor(accountId: string) {
  const account = await db.customerAccount.findUniqueOrThrow({
    where: { id: accountId },
    select: {
      id: true,
      organizationId: true,
      kickoffDate: true,
      timezone: true,
      organization: { select: { checkInOffsets: true, sendHour: true } },
    },
  });
  const { checkInOffsets, sendHour } = account.organization;
  return { account, plan: planCheckIns(account.kickoffDate, checkInOffsets, sendHour, account.timezone) };
}

// Recomputes scheduledFor of every check-in not yet sent (SCHEDULED or FAILED); sent and answered ones
// keep their history. Offsets that have no row yet get one. A kickoff moved into the past skips the
// offsets whose time has passed (as at creation), rather than sending them all at once.
export async function rescheduleCheckIns(accountId: string, now = new Date()): Promise<number> {
  const { account, plan } = await planFor(accountId);
  let changed = 0;
  for (const item of plan) {
    const passed = item.scheduledFor <= now;
    const { count } = await db.checkIn.updateMany({
      where: { customerAccountId: account.id, dayOffset: item.dayOffset, status: { in: ["SCHEDULED", "FAILED"] } },
      data: passed
        ? { scheduledFor: item.scheduledFor, status: "SKIPPED", lastError: passedAtKickoff(item.dayOffset) }
        : { scheduledFor: item.scheduledFor, status: "SCHEDULED", lastError: null, attempts: 0 },
    });
    changed += count;
  }
  const created = await db.checkIn.createMany({ data: checkInRows(account, plan, now), skipDuplicates: true });
  return changed + created.count;
}

// Pausing or churning an account: nothing more goes out. Rows being sent right now finish.
export async function cancelCheckIns(accountId: string): Promise<number> {
  const { count } = await db.checkIn.updateMany({
    where: { customerAccountId: accountId, status: { in: ["SCHEDULED", "FAILED"] } },
    data: { status: "CANCELLED" },
  });
  return count;
}

// Resuming: cancelled check-ins whose time is still ahead are scheduled again (at the current plan's
// times); ones whose day passed while paused stay cancelled rather than arriving late all at once.
export async function resumeCheckIns(accountId: string, now = new Date()): Promise<number> {
  const { account, plan } = await planFor(accountId);
  let resumed = 0;
  for (const item of plan.filter((entry) => entry.scheduledFor > now)) {
    const { count } = await db.checkIn.updateMany({
      where: { customerAccountId: account.id, dayOffset: item.dayOffset, status: "CANCELLED" },
      data: { scheduledFor: item.scheduledFor, status: "SCHEDULED", lastError: null, attempts: 0 },
    });
    resumed += count;
  }
  return resumed;
}
