// Accounts as the REST API shows them, and the cursor-paginated, filtered list (ordered by id, so a
// page boundary never skips or repeats an account while others are created).
import { z } from "zod";
import { db } from "../../../db";
import type { ProvenAccountId, StaffScope } from "../../../identity/scope";
import { scheduleStatus } from "../../../../lib/onboarding/schedule-status";
import { explainAccountHealth } from "@/server/success";

export const listAccountsQuery = z.object({
  status: z.enum(["ONBOARDING", "LIVE", "PAUSED", "CHURNED"]).optional(),
  csmMembershipId: z.string().min(1).max(64).optional(),
  externalId: z.string().min(1).max(128).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().min(1).max(64).optional(),
});

const accountSelect = {
  id: true,
  externalId: true,
  name: true,
  status: true,
  kickoffDate: true,
  timezone: true,
  progressPercent: true,
  healthScore: true,
  csmMembershipId: true,
  createdAt: true,
  updatedAt: true,
} as const;

type AccountRow = {
  kickoffDate: Date;
  createdAt: Date;
  updatedAt: Date;
} & Record<string, unknown>;

export function presentAccount<T extends AccountRow>(row: T) {
  return {
    ...row,
    kickoffDate: row.kickoffDate.toISOString().slice(0, 10),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function listAccountsPage(staff: StaffScope, query: z.infer<typeof listAccountsQuery>) {
  const rows = await db.customerAccount.findMany({
    where: {
      organizationId: staff.organizationId,
      ...(query.status ? { status: query.status } : {}),
      ...(query.csmMembershipId ? { csmMembershipId: query.csmMembershipId } : {}),
      ...(query.externalId ? { externalId: query.externalId } : {}),
      ...(query.cursor ? { id: { gt: query.cursor } } : {}),
    },
    orderBy: { id: "asc" },
    take: query.limit + 1,
    select: accountSelect,
  });
  const page = rows.slice(0, query.limit);
  return { data: page.map(presentAccount), nextCursor: rows.length > query.limit ? page.at(-1)!.id : null };
}

export async function findAccountByExternalId(staff: StaffScope, externalId: string) {
  const row = await db.customerAccount.findUnique({
    where: { organizationId_externalId: { organizationId: staff.organizationId, externalId } },
    select: accountSelect,
  });
  return row ? presentAccount(row) : null;
}

export async function findAccountById(staff: StaffScope, accountId: string) {
  const row = await db.customerAccount.findFirstOrThrow({
    where: { id: accountId, organizationId: staff.organizationId },
    select: accountSelect,
  });
  return presentAccount(row);
}

export async function getAccountResource(staff: StaffScope, accountId: ProvenAccountId, now = new Date()) {
  const row = await db.customerAccount.findUniqueOrThrow({
    where: { id: accountId },
    select: {
      ...accountSelect,
      organization: { select: { stallDays: true } },
      lastCustomerActivityAt: true,
      tasks: { select: { status: true, required: true, dueDate: true } },
    },
  });
  const { organization, tasks, lastCustomerActivityAt, ...account } = row;
  const schedule = scheduleStatus({
    tasks,
    timeZone: account.timezone,
    kickoffDate: account.kickoffDate,
    lastCustomerActivityAt,
    stallDays: organization.stallDays,
    now,
  });
  const health = await explainAccountHealth(staff, accountId, now);
  return { ...presentAccount(account), scheduleStatus: schedule.status, overdueTasks: schedule.overdueCount, health };
}
