// Check-ins go out `dayOffset` days after kickoff at the organization's send hour in the account's zone.
import type { Prisma } from "../../generated/prisma/client";
import { addDays, wallClockToUtc } from "@/lib/time";

export type CheckInPlan = { dayOffset: number; scheduledFor: Date };

export function planCheckIns(kickoffDate: Date, offsets: number[], sendHour: number, timeZone: string): CheckInPlan[] {
  return [...new Set(offsets)]
    .filter((offset) => offset > 0)
    .sort((a, b) => a - b)
    .map((dayOffset) => ({ dayOffset, scheduledFor: wallClockToUtc(addDays(kickoffDate, dayOffset), sendHour, timeZone) }));
}

export async function scheduleCheckIns(
  tx: Pick<Prisma.TransactionClient, "checkIn">,
  account: { id: string; organizationId: string; kickoffDate: Date; timezone: string },
  organization: { checkInOffsets: number[]; sendHour: number },
): Promise<void> {
  const plan = planCheckIns(account.kickoffDate, organization.checkInOffsets, organization.sendHour, account.timezone);
  await tx.checkIn.createMany({
    data: plan.map((item) => ({ organizationId: account.organizationId, customerAccountId: account.id, ...item })),
    skipDuplicates: true,
  });
}
