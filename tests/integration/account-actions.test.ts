// CSM actions on an account: reassign, move the kickoff date (due dates follow), pause, churn, nudge.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../../server/db";
import { callerFor, createTwoTenants } from "../support/factories";

let tenants: Awaited<ReturnType<typeof createTwoTenants>>;

beforeEach(async () => {
  tenants = await createTwoTenants();
});

describe("account actions", () => {
  it("moves every due date with the kickoff date and records it", async () => {
    const { csm, account } = tenants.victim;
    await callerFor(csm.user).account.changeKickoff({ accountId: account.id, kickoffDate: "2027-02-01" });
    const tasks = await db.accountTask.findMany({ where: { customerAccountId: account.id }, orderBy: { dueOffsetDays: "asc" } });
    expect(tasks.map((task) => [task.dueOffsetDays, task.dueDate.toISOString().slice(0, 10)])).toEqual([
      [0, "2027-02-01"],
      [0, "2027-02-01"],
      [3, "2027-02-04"],
    ]);
    const timeline = await callerFor(csm.user).account.timeline({ accountId: account.id, filter: "vendor" });
    expect(timeline.events[0]).toMatchObject({
      type: "account.kickoff-changed",
      data: expect.objectContaining({ to: "2027-02-01" }),
    });
  });

  it("pauses (not scored), reopens, and refuses to take a churned account live", async () => {
    const { csm, account } = tenants.victim;
    const caller = callerFor(csm.user);
    await caller.account.setStatus({ accountId: account.id, status: "PAUSED" });
    expect((await db.customerAccount.findUniqueOrThrow({ where: { id: account.id } })).healthScore).toBeNull();
    await caller.account.setStatus({ accountId: account.id, status: "CHURNED" });
    await expect(caller.account.setStatus({ accountId: account.id, status: "LIVE" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await caller.account.setStatus({ accountId: account.id, status: "ONBOARDING" });
    const account2 = await db.customerAccount.findUniqueOrThrow({ where: { id: account.id } });
    expect([account2.status, typeof account2.healthScore]).toEqual(["ONBOARDING", "number"]);
  });

  it("reassigns to a CSM of the same organization only", async () => {
    const { csm, admin, account } = tenants.victim;
    await callerFor(csm.user).account.reassignCsm({ accountId: account.id, csmMembershipId: admin.membership.id });
    expect((await db.customerAccount.findUniqueOrThrow({ where: { id: account.id } })).csmMembershipId).toBe(admin.membership.id);
    await expect(
      callerFor(csm.user).account.reassignCsm({ accountId: account.id, csmMembershipId: tenants.attacker.csm.membership.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.customerAccount.findUniqueOrThrow({ where: { id: account.id } })).csmMembershipId).toBe(admin.membership.id);
  });

  it("nudges every person at the account once, with their next tasks, as a vendor touch", async () => {
    const { csm, account, champion, member } = tenants.victim;
    const caller = callerFor(csm.user);
    const result = await caller.account.nudge({ accountId: account.id, message: "Shall we meet Tuesday?" });
    await caller.account.nudge({ accountId: account.id });
    expect(result.recipients).toBe(2);
    const sent = await db.emailLog.findMany({
      where: { template: "nudge", toEmail: { in: [champion.user.email, member.user.email] } },
    });
    expect(sent).toHaveLength(2);
    expect(sent[0]!.text).toContain("Say hello");
    expect(sent[0]!.text).toContain("Shall we meet Tuesday?");
    expect((await db.customerAccount.findUniqueOrThrow({ where: { id: account.id } })).lastVendorTouchAt).not.toBeNull();
  });

  it("rejects another organization and customers for every action, changing nothing", async () => {
    const { account, champion } = tenants.victim;
    const accountId = account.id;
    for (const caller of [callerFor(tenants.attacker.owner.user), callerFor(champion.user)]) {
      await expect(caller.account.changeKickoff({ accountId, kickoffDate: "2027-01-01" })).rejects.toMatchObject({
        code: expect.stringMatching(/NOT_FOUND|FORBIDDEN/),
      });
      await expect(caller.account.setStatus({ accountId, status: "CHURNED" })).rejects.toMatchObject({
        code: expect.stringMatching(/NOT_FOUND|FORBIDDEN/),
      });
      await expect(caller.account.reassignCsm({ accountId, csmMembershipId: null })).rejects.toMatchObject({
        code: expect.stringMatching(/NOT_FOUND|FORBIDDEN/),
      });
      await expect(caller.account.nudge({ accountId })).rejects.toMatchObject({
        code: expect.stringMatching(/NOT_FOUND|FORBIDDEN/),
      });
      await expect(caller.account.overview({ accountId })).rejects.toMatchObject({
        code: expect.stringMatching(/NOT_FOUND|FORBIDDEN/),
      });
    }
    const after = await db.customerAccount.findUniqueOrThrow({ where: { id: accountId } });
    expect([after.status, after.csmMembershipId, after.kickoffDate]).toEqual([
      "ONBOARDING",
      account.csmMembershipId,
      account.kickoffDate,
    ]);
    expect(await db.emailLog.count({ where: { template: "nudge", toEmail: champion.user.email } })).toBe(0);
  });

  it("rejects a malformed kickoff date with a clear message", async () => {
    await expect(
      callerFor(tenants.victim.csm.user).account.changeKickoff({ accountId: tenants.victim.account.id, kickoffDate: "soon" }),
    ).rejects.toThrow(/real date like 2026-12-01/);
  });
});
