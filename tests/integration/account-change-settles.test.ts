// The choke point where an account change settles: a goal update, a help request, a check-in answer and
// tutorial feedback each move the account's health score within the same call, and record their domain
// events with the change; alerts are announced (alert.raised) from both the single and the set-based
// path; request code queues typed jobs; and a completion's events reach a subscriber in order.
import { describe, expect, it, vi } from "vitest";
import { db } from "../../server/db";
import { answerToken } from "../../server/engagement/checkins/answer-links";
import { enqueue } from "../../server/jobs/enqueue";
import { defineSubscriber, deliverEvents, type DeliveredEvent } from "../../server/platform/events";
import { refreshAlerts } from "../../server/success/alerts/refresh-alerts";
import { refreshHealthScores } from "../../server/success/health/refresh-health-scores";
import {
  callerFor,
  createAccount,
  createCustomer,
  createOrganization,
  createStaff,
  createTemplate,
  createTutorial,
} from "../support/factories";

const dayMs = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * dayMs);

// An account a month into onboarding whose customer was last active some days ago (20 unless told), scored.
async function settledAccount(label: string, lastActiveDaysAgo = 20) {
  const organization = await createOrganization(label);
  const csm = await createStaff(organization.id, "CSM");
  const { version } = await createTemplate(organization.id, [
    { title: "Kickoff", tasks: [{ title: "Say hello" }] },
    { title: "Setup", tasks: [{ title: "Connect data" }] },
  ]);
  const account = await createAccount(organization.id, {
    templateVersionId: version.id,
    csmMembershipId: csm.membership.id,
    kickoffDate: daysAgo(30).toISOString().slice(0, 10),
  });
  await db.customerAccount.update({
    where: { id: account.id },
    data: { lastCustomerActivityAt: daysAgo(lastActiveDaysAgo), lastVendorTouchAt: daysAgo(1) },
  });
  const champion = await createCustomer(account, "CHAMPION");
  await refreshHealthScores(organization.id, [account.id]);
  return { organization, csm, version, account, champion };
}

const scoreOf = async (accountId: string) =>
  (await db.customerAccount.findUniqueOrThrow({ where: { id: accountId } })).healthScore;

// The call left the score where a full rescore puts it (nothing was left stale), and it moved.
async function expectSettled(account: { id: string; organizationId: string }, before: number | null) {
  const after = await scoreOf(account.id);
  expect(after).not.toBe(before);
  await refreshHealthScores(account.organizationId, [account.id]);
  expect(await scoreOf(account.id)).toBe(after);
  return after!;
}
const eventsOf = async (accountId: string) =>
  (await db.domainEvent.findMany({ where: { accountId }, orderBy: { position: "asc" } })).map((event) => ({
    type: event.type,
    data: event.data as Record<string, unknown>,
  }));

describe("a change settles within the call", () => {
  it("a goal update rescores the account and records goal.updated", async () => {
    const { account, champion } = await settledAccount("Settle goal");
    const caller = callerFor(champion.user);
    const goal = await caller.goals.create({
      title: "Faster onboarding",
      metric: "Days to first value",
      baseline: 0,
      target: 10,
      targetDate: new Date(Date.now() + 300 * dayMs).toISOString().slice(0, 10),
    });
    const before = await scoreOf(account.id);
    await caller.goals.update({ goalId: goal.id, value: 8 });
    await expectSettled(account, before);
    expect(
      (await eventsOf(account.id)).filter((event) => event.type === "goal.updated").map((event) => event.data.currentValue),
    ).toEqual([0, 8]);
  });

  it("a help request rescores the account and records help.requested", async () => {
    const { account, champion } = await settledAccount("Settle help");
    const before = await scoreOf(account.id);
    const request = await callerFor(champion.user).help.ask({ message: "The import fails" });
    await expectSettled(account, before);
    expect(await eventsOf(account.id)).toContainEqual({
      type: "help.requested",
      data: { accountId: account.id, helpRequestId: request.id },
    });
  });

  it("a negative check-in answer rescores the account and raises its alert with alert.raised (the single path)", async () => {
    // Active yesterday, so the answer's own activity does not move the score: only the answer does.
    const { organization, account, champion } = await settledAccount("Settle check-in", 1);
    const checkIn = await db.checkIn.findFirstOrThrow({ where: { customerAccountId: account.id, dayOffset: 30 } });
    await db.checkIn.update({ where: { id: checkIn.id }, data: { status: "SENT", sentAt: new Date() } });
    const before = await scoreOf(account.id);
    await callerFor(null).checkIns.answer({ token: answerToken(checkIn.id, "OFF_TRACK", champion.user.email) });
    expect(await expectSettled(account, before)).toBeLessThan(before!);
    const alert = await db.alert.findFirstOrThrow({
      where: { customerAccountId: account.id, kind: "NEGATIVE_CHECK_IN", resolvedAt: null },
    });
    expect(alert.data).toMatchObject({ checkInId: checkIn.id, dayOffset: 30, answer: "OFF_TRACK" });
    const events = await eventsOf(account.id);
    expect(events).toContainEqual({
      type: "checkin.answered",
      data: { accountId: account.id, checkInId: checkIn.id, answer: "OFF_TRACK", comment: null },
    });
    expect(events).toContainEqual({
      type: "alert.raised",
      data: { accountId: account.id, alertId: alert.id, kind: "NEGATIVE_CHECK_IN" },
    });
    // Answering "on track" instead resolves it, announced too.
    await callerFor(null).checkIns.answer({ token: answerToken(checkIn.id, "ON_TRACK", champion.user.email) });
    expect(await eventsOf(account.id)).toContainEqual({
      type: "alert.resolved",
      data: { accountId: account.id, alertId: alert.id, kind: "NEGATIVE_CHECK_IN" },
    });
    expect(organization.id).toBe(alert.organizationId);
  });

  it("tutorial feedback is customer activity: it rescores the account at once", async () => {
    const { organization, account, champion } = await settledAccount("Settle feedback");
    const tutorial = await createTutorial(organization.id);
    const before = await scoreOf(account.id);
    await callerFor(champion.user).tutorials.feedback({ tutorialId: tutorial.id, helpful: true });
    expect(await expectSettled(account, before)).toBeGreaterThan(before!);
  });

  it("the set-based refresh announces every alert it raises with alert.raised", async () => {
    const { organization, version, account } = await settledAccount("Settle stalled");
    const other = await createAccount(organization.id, {
      templateVersionId: version.id,
      kickoffDate: daysAgo(30).toISOString().slice(0, 10),
    });
    await db.customerAccount.update({ where: { id: other.id }, data: { lastCustomerActivityAt: daysAgo(20) } });
    const { raised } = await refreshAlerts(organization.id);
    // Every alert the refresh raised (stalled, and milestones overdue since the early kickoff) is announced.
    const alerts = await db.alert.findMany({ where: { organizationId: organization.id, resolvedAt: null } });
    expect(alerts).toHaveLength(raised);
    const announced = await db.domainEvent.findMany({ where: { organizationId: organization.id, type: "alert.raised" } });
    expect(announced.map((event) => (event.data as { alertId: string }).alertId).sort()).toEqual(
      alerts.map((alert) => alert.id).sort(),
    );
    for (const id of [account.id, other.id]) {
      const stalled = await db.alert.findFirstOrThrow({ where: { customerAccountId: id, kind: "STALLED", resolvedAt: null } });
      expect(stalled.data).toEqual({ days: 20, limit: 7 });
      expect(await eventsOf(id)).toContainEqual({
        type: "alert.raised",
        data: { accountId: id, alertId: stalled.id, kind: "STALLED" },
      });
    }
    // A second run raises (and announces) nothing new.
    expect(await refreshAlerts(organization.id)).toEqual({ raised: 0, resolved: 0 });
    expect(await db.domainEvent.count({ where: { organizationId: organization.id, type: "alert.raised" } })).toBe(raised);
  });

  it("a completion's events reach a subscriber in order, and nothing is recorded for a refused change", async () => {
    const { account, champion } = await settledAccount("Settle completion");
    const seen: DeliveredEvent[] = [];
    const subscriber = defineSubscriber({
      name: "test.settle-order",
      eventTypes: ["task.completed", "milestone.reached"],
      handle: async (event) => void seen.push(event),
    });
    await deliverEvents({ subscribers: [subscriber] }); // registers it: it hears what happens from now on
    const tasks = await db.accountTask.findMany({ where: { customerAccountId: account.id }, orderBy: { position: "asc" } });
    const kickoffTask = tasks.find((task) => task.title === "Say hello")!;
    await callerFor(champion.user).plan.complete({ taskId: kickoffTask.id });
    await expect(callerFor(champion.user).plan.complete({ taskId: "not-a-task" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await deliverEvents({ subscribers: [subscriber] });
    expect(seen.filter((event) => event.accountId === account.id).map((event) => event.type)).toEqual([
      "task.completed",
      "milestone.reached",
    ]);
    expect(seen.find((event) => event.type === "task.completed")!.data).toMatchObject({
      taskId: kickoffTask.id,
      title: "Say hello",
      by: { kind: "customer", userId: champion.user.id },
    });
  });
});

describe("typed jobs from request code", () => {
  it("a request that records events queues events.deliver through the job client", async () => {
    const { champion } = await settledAccount("Settle wake");
    const queued = () =>
      db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM pgboss.job WHERE name = 'events.deliver'`;
    await callerFor(champion.user).help.ask({ message: "Wake the worker" });
    await vi.waitFor(async () => expect((await queued())[0]!.count).toBeGreaterThan(0), { timeout: 20_000, interval: 100 });
  });

  it("validates a job's payload against its schema before queuing it", async () => {
    await expect(enqueue("check-ins.dispatch", { staleAfterMs: -5 })).rejects.toThrow();
    expect(await enqueue("check-ins.dispatch", { staleAfterMs: 0 })).toEqual(expect.any(String));
  });
});
