// Template analytics match a hand computation; alerts are raised once per condition, explained, and
// resolved when the condition clears; the account router is scoped to the caller's organization.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../server/db";
import { refreshAlerts } from "../../server/success/alerts/refresh-alerts";
import {
  callerFor,
  createAccount,
  createCustomer,
  createOrganization,
  createStaff,
  createTemplate,
  createTwoTenants,
} from "../support/factories";

async function complete(accountId: string, title: string, at: string) {
  await db.accountTask.updateMany({
    where: { customerAccountId: accountId, title },
    data: { status: "DONE", completedAt: new Date(at) },
  });
}

describe("template analytics", () => {
  let setup: { csm: Awaited<ReturnType<typeof createStaff>>; templateId: string };

  beforeAll(async () => {
    const organization = await createOrganization("Analytics");
    const csm = await createStaff(organization.id, "CSM");
    const { template, version } = await createTemplate(organization.id, [
      { title: "Kickoff", tasks: [{ title: "Hello" }, { title: "Connect" }] },
      { title: "Value", tasks: [{ title: "Report" }] },
    ]);
    const first = await createAccount(organization.id, { templateVersionId: version.id, kickoffDate: "2026-01-05" });
    const second = await createAccount(organization.id, { templateVersionId: version.id, kickoffDate: "2026-01-20" });
    const third = await createAccount(organization.id, { templateVersionId: version.id, kickoffDate: "2026-02-10" });
    await complete(first.id, "Hello", "2026-01-07T00:00:00Z");
    await complete(first.id, "Connect", "2026-01-15T00:00:00Z");
    await db.accountMilestone.updateMany({
      where: { customerAccountId: first.id, title: "Kickoff" },
      data: { reachedAt: new Date("2026-01-15T00:00:00Z") },
    });
    await complete(second.id, "Hello", "2026-01-24T00:00:00Z");
    await db.checkIn.updateMany({
      where: { customerAccountId: first.id, dayOffset: 30 },
      data: { status: "ANSWERED", answer: "ON_TRACK", answeredAt: new Date() },
    });
    await db.checkIn.updateMany({
      where: { customerAccountId: second.id, dayOffset: 30 },
      data: { status: "ANSWERED", answer: "OFF_TRACK", answeredAt: new Date() },
    });
    void third;
    setup = { csm, templateId: template.id };
  });

  it("counts the funnel per task and milestone exactly as by hand", async () => {
    const analytics = await callerFor(setup.csm.user).portfolio.templateAnalytics({ templateId: setup.templateId });
    expect(analytics.totalAccounts).toBe(3);
    expect(analytics.steps.map((step) => [step.milestone, step.task, step.accounts, step.completed])).toEqual([
      ["Kickoff", "Hello", 3, 2],
      ["Kickoff", "Connect", 3, 1],
      ["Value", "Report", 3, 0],
    ]);
    // Hello took 2 days (first) and 4 days (second): median 3.
    expect(analytics.steps[0]!.medianDaysToComplete).toBe(3);
    expect(analytics.steps[2]!.medianDaysToComplete).toBeNull();
    expect(analytics.milestones.map((m) => [m.milestone, m.accounts, m.reached])).toEqual([
      ["Kickoff", 3, 1],
      ["Value", 3, 0],
    ]);
  });

  it("groups time to first value by kickoff month and counts check-in answers", async () => {
    const analytics = await callerFor(setup.csm.user).portfolio.templateAnalytics({ templateId: setup.templateId });
    expect(analytics.timeToFirstValue).toEqual([
      { cohort: "2026-01", accounts: 2, reached: 1, medianDays: 10 },
      { cohort: "2026-02", accounts: 1, reached: 0, medianDays: null },
    ]);
    expect(analytics.checkInAnswers).toEqual([
      { dayOffset: 30, answer: "OFF_TRACK", count: 1 },
      { dayOffset: 30, answer: "ON_TRACK", count: 1 },
    ]);
  });

  it("answers not found for another organization's template", async () => {
    const stranger = await createStaff((await createOrganization("Stranger")).id, "OWNER");
    await expect(callerFor(stranger.user).portfolio.templateAnalytics({ templateId: setup.templateId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("alerts", () => {
  it("raises a stalled alert once with its reason, and resolves it when the customer is back", async () => {
    const organization = await createOrganization("Alerts");
    const csm = await createStaff(organization.id, "CSM");
    const { version } = await createTemplate(organization.id, [{ title: "M", tasks: [{ title: "T", dueOffsetDays: 50 }] }]);
    const kickoff = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
    const account = await createAccount(organization.id, {
      templateVersionId: version.id,
      kickoffDate: kickoff,
      csmMembershipId: csm.membership.id,
    });
    await db.customerAccount.update({ where: { id: account.id }, data: { lastVendorTouchAt: new Date() } });

    expect(await refreshAlerts(organization.id)).toEqual({ raised: 1, resolved: 0 });
    expect(await refreshAlerts(organization.id)).toEqual({ raised: 0, resolved: 0 });
    const alerts = await callerFor(csm.user).portfolio.alerts({ mine: true });
    expect(alerts).toEqual([expect.objectContaining({ kind: "STALLED", reason: "No customer activity for 10 days (limit 7)" })]);

    await db.customerAccount.update({ where: { id: account.id }, data: { lastCustomerActivityAt: new Date() } });
    expect(await refreshAlerts(organization.id)).toEqual({ raised: 0, resolved: 1 });
    expect(await callerFor(csm.user).portfolio.alerts({ mine: true })).toEqual([]);
  });

  it("flags help requests waiting past the response target and neglected accounts", async () => {
    const organization = await createOrganization("Waiting");
    const csm = await createStaff(organization.id, "CSM");
    const account = await createAccount(organization.id, {
      csmMembershipId: csm.membership.id,
      kickoffDate: new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10),
    });
    await db.helpRequest.create({
      data: {
        organizationId: organization.id,
        customerAccountId: account.id,
        message: "Stuck",
        createdAt: new Date(Date.now() - 5 * 86_400_000),
      },
    });
    await refreshAlerts(organization.id);
    const kinds = (await callerFor(csm.user).portfolio.alerts({ mine: true })).map((alert) => alert.kind).sort();
    expect(kinds).toEqual(["HELP_WAITING", "NEGLECTED"]);
  });

  it("lets only staff of the same organization resolve an alert", async () => {
    const { victim, attacker } = await createTwoTenants();
    const alert = await db.alert.create({
      data: {
        organizationId: victim.organization.id,
        customerAccountId: victim.account.id,
        kind: "NEGATIVE_CHECK_IN",
        data: { checkInId: "c1", dayOffset: 30, answer: "OFF_TRACK" },
        dedupeKey: `x:${victim.account.id}`,
      },
    });
    await expect(callerFor(attacker.csm.user).portfolio.resolveAlert({ alertId: alert.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(callerFor(victim.champion.user).portfolio.resolveAlert({ alertId: alert.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await db.alert.findUniqueOrThrow({ where: { id: alert.id } })).resolvedAt).toBeNull();
    await callerFor(victim.csm.user).portfolio.resolveAlert({ alertId: alert.id });
    expect((await db.alert.findUniqueOrThrow({ where: { id: alert.id } })).resolvedAt).not.toBeNull();
  });
});

describe("account router", () => {
  it("adds a note as a vendor touch on the timeline and explains health", async () => {
    const { victim } = await createTwoTenants();
    const csm = callerFor(victim.csm.user);
    await csm.account.addNote({ accountId: victim.account.id, kind: "CALL", body: "Walked through the data model" });
    const account = await db.customerAccount.findUniqueOrThrow({ where: { id: victim.account.id } });
    expect(account.lastVendorTouchAt).not.toBeNull();
    const timeline = await csm.account.timeline({ accountId: victim.account.id, filter: "vendor" });
    expect(timeline.events[0]).toMatchObject({ type: "call.logged", actor: { email: victim.csm.user.email } });
    const health = await csm.account.health({ accountId: victim.account.id });
    expect(health?.factors.find((factor) => factor.key === "neglect")?.score).toBe(100);
    expect(account.healthScore).toBe(health?.score);
  });

  it("rejects another organization, customers and empty notes, changing nothing", async () => {
    const { victim, attacker } = await createTwoTenants();
    const accountId = victim.account.id;
    await expect(callerFor(attacker.admin.user).account.addNote({ accountId, body: "spy" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(callerFor(attacker.admin.user).account.timeline({ accountId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerFor(victim.champion.user).account.notes({ accountId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(victim.csm.user).account.addNote({ accountId, body: "   " })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(await db.note.count({ where: { customerAccountId: accountId } })).toBe(0);
    const customer = await createCustomer(victim.account);
    await expect(callerFor(customer.user).account.health({ accountId })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
