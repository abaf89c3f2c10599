// Check-ins go out `dayOffset` days after kickoff at the organization's send hour in the account's zone.
// A back-dated kickoff schedules only the offsets still ahead: the ones whose time has passed are recorded
// as SKIPPED with the reason (shown with the account's check-ins) instead of all going out at once.
import type { Prisma } from "../../generated/prisma/client";
import { addDays, wallClockToUtc } from "@/lib/time";

export type CheckInPlan = { dayOffset: number; scheduledFor: Date };

export function planCheckIns(kickoffDate: Date, offsets: number[], sendHour: number, timeZone: string): CheckInPlan[] {
  return [...new Set(offsets)]
    .filter((offset) => offset > 0)
    .sort((a, b) => a - b)
    .map((dayOffset) => ({ dayOffset, scheduledFor: wallClockToUtc(addDays(kickoffDate, dayOffset), sendHour, timeZone) }));
}

export const passedAtKickoff = (dayOffset: number) => `Day ${dayOffset} had already passed: the kickoff date is back-dated`;

// The rows to create for a plan: SCHEDULED ahead of `now`, SKIPPED (with the reason) for times already past.
export function checkInRows(account: { id: string; organizationId: string }, plan: CheckInPlan[], now: Date) {
  return plan.map((item) => ({
    organizationId: account.organizationId,
    customerAccountId: account.id,
    ...item,
    ...(item.scheduledFor <= now ? { status: "SKIPPED" as const, lastError: passedAtKickoff(item.dayOffset) } : {}),
  }));
}

export async function scheduleCheckIns(
  tx: Pick<Prisma.TransactionClient, "checkIn">,
  account: { id: string; organizationId: string; kickoffDate: Date; timezone: string },
  organization: { checkInOffsets: number[]; sendHour: number },
  now = new Date(),
): Promise<void> {
  const plan = planCheckIns(account.kickoffDate, organization.checkInOffsets, organization.sendHour, account.timezone);
  await tx.checkIn.createMany({ data: checkInRows(account, plan, now), skipDuplicates: true });
}
