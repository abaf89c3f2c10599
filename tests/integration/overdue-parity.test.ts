// "Overdue" is decided twice: in TypeScript (lib/onboarding/schedule-status.ts with lib/time, the customer's
// plan page) and in SQL (todayInZoneSql: portfolio, health refresh, alert detection). Both run here on the
// same fixtures, in two zones on either side of UTC and in the hours around their midnights.
import { beforeAll, describe, expect, it } from "vitest";
import { isOverdue, scheduleStatus } from "../../lib/onboarding/schedule-status";
import { calendarDate, todayIn } from "../../lib/time";
import { db } from "../../server/db";
import { Prisma } from "../../server/generated/prisma/client";
import { todayInZoneSql } from "../../server/platform";
import { listPortfolio } from "../../server/success/portfolio/list-portfolio";
import { loadHealthInputs } from "../../server/success/health/refresh-health-scores";
import { detectAlertConditions } from "../../server/success/alerts/detect-alert-conditions";
import { portfolioQuerySchema } from "../../lib/success/portfolio-query";
import { proveOrganization } from "../../server/identity/scope";
import { createAccount, createOrganization, createStaff, createTemplate } from "../support/factories";

const zones = ["America/Los_Angeles", "Asia/Tokyo"];
const due = "2026-03-10";
// UTC instants around local midnight of the due date and the day after, in each zone (and a daylight
// saving change: Los Angeles springs forward on 2026-03-08).
const instants = [
  "2026-03-08T07:59:00Z",
  "2026-03-08T10:30:00Z",
  "2026-03-10T14:59:00Z",
  "2026-03-10T15:00:00Z",
  "2026-03-10T23:59:00Z",
  "2026-03-11T00:00:00Z",
  "2026-03-11T06:59:00Z",
  "2026-03-11T07:00:00Z",
  "2026-03-11T07:01:00Z",
  "2026-03-11T14:59:00Z",
  "2026-03-11T15:00:00Z",
].map((iso) => new Date(iso));
const fixtures = zones.flatMap((zone) => instants.map((now) => ({ zone, now })));

const overdueInTypeScript = (zone: string, now: Date) =>
  isOverdue({ status: "OPEN", required: true, dueDate: calendarDate(due) }, todayIn(zone, now));

async function overdueInSql(zone: string, now: Date): Promise<boolean> {
  const [row] = await db.$queryRaw<{ overdue: boolean }[]>`
    SELECT ${due}::date < ${todayInZoneSql(now, Prisma.sql`${zone}::text`)} AS overdue`;
  return row!.overdue;
}

describe("overdue: TypeScript and SQL agree", () => {
  it("on every fixture, around midnight in both zones", async () => {
    const results = await Promise.all(
      fixtures.map(async ({ zone, now }) => ({
        zone,
        now: now.toISOString(),
        typescript: overdueInTypeScript(zone, now),
        sql: await overdueInSql(zone, now),
      })),
    );
    for (const result of results) expect(result.sql, `${result.zone} at ${result.now}`).toBe(result.typescript);
    // The fixtures cross the line in both directions: some are overdue, some are not, in each zone.
    for (const zone of zones) {
      const verdicts = new Set(results.filter((result) => result.zone === zone).map((result) => result.typescript));
      expect(verdicts).toEqual(new Set([true, false]));
    }
    // One instant, two answers: Tokyo's 11 March has begun while Los Angeles is still on 10 March.
    const at = "2026-03-10T15:00:00.000Z";
    expect(results.find((result) => result.zone === "Asia/Tokyo" && result.now === at)?.sql).toBe(true);
    expect(results.find((result) => result.zone === "America/Los_Angeles" && result.now === at)?.sql).toBe(false);
  });
});

describe("the queries that judge overdue use the account's zone", () => {
  let organizationId: string;
  const accountsByZone = new Map<string, string>();

  beforeAll(async () => {
    const organization = await createOrganization("Zones");
    organizationId = organization.id;
    await createStaff(organization.id, "CSM");
    const { version } = await createTemplate(organization.id, [{ title: "Start", tasks: [{ title: "Due on the 10th" }] }]);
    for (const zone of zones) {
      const account = await createAccount(organization.id, { templateVersionId: version.id, kickoffDate: "2026-03-01" });
      await db.customerAccount.update({ where: { id: account.id }, data: { timezone: zone } });
      await db.accountTask.updateMany({ where: { customerAccountId: account.id }, data: { dueDate: calendarDate(due) } });
      accountsByZone.set(zone, account.id);
    }
  });

  it("portfolio, health refresh and alert detection agree with the plan page's scheduleStatus at every fixture", async () => {
    const admin = await createStaff(organizationId, "ADMIN");
    const scope = {
      organizationId: proveOrganization(organizationId),
      membershipId: admin.membership.id,
      role: "ADMIN" as const,
    };
    for (const now of instants) {
      const portfolio = await listPortfolio(scope, portfolioQuerySchema.parse({ scope: "all" }), now);
      const health = await loadHealthInputs(organizationId, [...accountsByZone.values()], now);
      const alerts = await detectAlertConditions(organizationId, now);
      for (const [zone, accountId] of accountsByZone) {
        const tasks = await db.accountTask.findMany({ where: { customerAccountId: accountId } });
        const expected = scheduleStatus({
          tasks,
          kickoffDate: calendarDate("2026-03-01"),
          lastCustomerActivityAt: now,
          stallDays: 7,
          timeZone: zone,
          now,
        });
        const row = portfolio.rows.find((candidate) => candidate.id === accountId);
        const label = `${zone} at ${now.toISOString()}`;
        expect(row?.overdueTasks, label).toBe(expected.overdueCount);
        expect(health.accounts.find((entry) => entry.id === accountId)?.inputs.overdueTasks, label).toBe(expected.overdueCount);
        const milestoneAlert = alerts.some(
          (alert) => alert.kind === "MILESTONE_OVERDUE" && alert.customerAccountId === accountId,
        );
        expect(milestoneAlert, label).toBe(expected.overdueCount > 0);
      }
    }
  });
});
