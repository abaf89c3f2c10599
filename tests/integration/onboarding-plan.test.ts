// The customer's plan: completing, reopening, answering and assigning tasks, safely under concurrency
// and only within the caller's own account.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../server/db";
import { callerFor, createAccount, createCustomer, createTemplate, createTwoTenants } from "../support/factories";
import { runsOnRealPostgres } from "../support/test-database";

let tenants: Awaited<ReturnType<typeof createTwoTenants>>;

beforeAll(async () => {
  tenants = await createTwoTenants();
});

// Real PostgreSQL runs the attempts side by side. The embedded PGlite has one shared session that cannot
// interleave transactions, so there the same attempts run one after another: that still proves the
// idempotency (one completion, everyone told success), while the race itself is proven on PostgreSQL.
function attemptAll<T>(attempts: (() => Promise<T>)[]): Promise<T[]> {
  if (runsOnRealPostgres()) return Promise.all(attempts.map((attempt) => attempt()));
  return attempts.reduce<Promise<T[]>>(async (done, attempt) => [...(await done), await attempt()], Promise.resolve([]));
}

async function taskOf(accountId: string, title: string) {
  return db.accountTask.findFirstOrThrow({ where: { customerAccountId: accountId, title } });
}

describe("plan.get", () => {
  it("shows the customer their milestones and tasks with due dates", async () => {
    const plan = await callerFor(tenants.victim.champion.user).plan.get();
    expect(plan.account.id).toBe(tenants.victim.account.id);
    expect(plan.milestones.map((milestone) => milestone.title)).toEqual(["Kickoff", "Setup"]);
    expect(plan.milestones[0]!.tasks.map((task) => [task.title, task.owner])).toEqual([
      ["Say hello", "CUSTOMER"],
      ["Prepare workspace", "VENDOR"],
    ]);
    expect(plan.members.map((member) => member.id)).toContain(tenants.victim.member.user.id);
  });

  it("is closed to staff", async () => {
    await expect(callerFor(tenants.victim.csm.user).plan.get()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("completing a task", () => {
  it("records one completion under 20 concurrent attempts, and every caller sees success", async () => {
    const { organization, version } = tenants.victim;
    const account = await createAccount(organization.id, { templateVersionId: version.id });
    const people = await Promise.all(Array.from({ length: 20 }, () => createCustomer(account, "MEMBER")));
    const task = await taskOf(account.id, "Say hello");
    const results = await attemptAll(
      people.map(
        ({ user }, index) =>
          () =>
            callerFor(user).plan.complete({ taskId: task.id, note: `attempt ${index}` }),
      ),
    );
    expect(results.every((result) => result.status === "DONE")).toBe(true);
    // Everyone is told the same story: who completed it and when.
    expect(new Set(results.map((result) => result.completedBy?.id)).size).toBe(1);
    expect(new Set(results.map((result) => result.completedAt?.toISOString())).size).toBe(1);
    const saved = await db.accountTask.findUniqueOrThrow({ where: { id: task.id } });
    expect(saved.status).toBe("DONE");
    expect(await db.activityEvent.count({ where: { subjectId: task.id, type: "task.completed" } })).toBe(1);
    // One of three tasks is done.
    expect((await db.customerAccount.findUniqueOrThrow({ where: { id: account.id } })).progressPercent).toBe(33);
  });

  it("is idempotent for a double click by the same person", async () => {
    const { organization, version } = tenants.victim;
    const account = await createAccount(organization.id, { templateVersionId: version.id });
    const { user } = await createCustomer(account);
    const task = await taskOf(account.id, "Connect data");
    const caller = callerFor(user);
    await attemptAll([() => caller.plan.complete({ taskId: task.id }), () => caller.plan.complete({ taskId: task.id })]);
    await caller.plan.complete({ taskId: task.id });
    expect(await db.activityEvent.count({ where: { subjectId: task.id, type: "task.completed" } })).toBe(1);
  });

  it("marks the milestone reached with its last task, and reopening un-reaches it", async () => {
    const { organization, version, csm } = tenants.victim;
    const account = await createAccount(organization.id, { templateVersionId: version.id });
    const { user } = await createCustomer(account);
    const hello = await taskOf(account.id, "Say hello");
    const prepare = await taskOf(account.id, "Prepare workspace");
    await callerFor(user).plan.complete({ taskId: hello.id, note: "Done on the call" });
    let milestone = await db.accountMilestone.findUniqueOrThrow({ where: { id: hello.milestoneId } });
    expect(milestone.reachedAt).toBeNull();
    // The vendor's task is ticked off by staff.
    await callerFor(csm.user).plan.staffComplete({ accountId: account.id, taskId: prepare.id });
    milestone = await db.accountMilestone.findUniqueOrThrow({ where: { id: hello.milestoneId } });
    expect(milestone.reachedAt).not.toBeNull();
    expect(await db.activityEvent.count({ where: { subjectId: milestone.id, type: "milestone.reached" } })).toBe(1);
    expect((await db.customerAccount.findUniqueOrThrow({ where: { id: account.id } })).progressPercent).toBe(67);
    expect((await db.accountTask.findUniqueOrThrow({ where: { id: hello.id } })).completionNote).toBe("Done on the call");

    const reopened = await callerFor(user).plan.reopen({ taskId: hello.id });
    expect(reopened.status).toBe("OPEN");
    expect(reopened.milestone.reachedAt).toBeNull();
    expect(await db.activityEvent.count({ where: { subjectId: hello.id, type: "task.reopened" } })).toBe(1);
    expect(await db.activityEvent.count({ where: { subjectId: milestone.id, type: "milestone.reopened" } })).toBe(1);
    expect((await db.customerAccount.findUniqueOrThrow({ where: { id: account.id } })).progressPercent).toBe(33);
    // Reopening twice records once.
    await callerFor(user).plan.reopen({ taskId: hello.id });
    expect(await db.activityEvent.count({ where: { subjectId: hello.id, type: "task.reopened" } })).toBe(1);
  });

  it("is refused to a customer for a vendor-owned task", async () => {
    const task = await taskOf(tenants.victim.account.id, "Prepare workspace");
    await expect(callerFor(tenants.victim.champion.user).plan.complete({ taskId: task.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await db.accountTask.findUniqueOrThrow({ where: { id: task.id } })).status).toBe("OPEN");
  });

  it("answers NOT_FOUND to a customer of another account or organization, and changes nothing", async () => {
    const task = await taskOf(tenants.victim.account.id, "Connect data");
    for (const outsider of [tenants.victim.otherChampion.user, tenants.attacker.champion.user]) {
      const caller = callerFor(outsider);
      await expect(caller.plan.complete({ taskId: task.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(caller.plan.reopen({ taskId: task.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(caller.plan.answer({ taskId: task.id, answer: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(caller.plan.assign({ taskId: task.id, assigneeId: null })).rejects.toMatchObject({ code: "NOT_FOUND" });
      const plan = await caller.plan.get();
      expect(plan.milestones.flatMap((milestone) => milestone.tasks).map((t) => t.id)).not.toContain(task.id);
    }
    expect((await db.accountTask.findUniqueOrThrow({ where: { id: task.id } })).status).toBe("OPEN");
  });

  it("keeps staff procedures to the staff of the account's organization", async () => {
    const task = await taskOf(tenants.victim.account.id, "Prepare workspace");
    const input = { accountId: tenants.victim.account.id, taskId: task.id };
    await expect(callerFor(tenants.attacker.csm.user).plan.staffComplete(input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerFor(tenants.attacker.owner.user).plan.staffReopen(input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerFor(tenants.victim.champion.user).plan.staffComplete(input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(tenants.victim.champion.user).plan.staffReopen(input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    // A task of another account, named with this account's id, is not found either.
    const foreign = await taskOf(tenants.victim.otherAccount.id, "Prepare workspace");
    await expect(
      callerFor(tenants.victim.csm.user).plan.staffComplete({ accountId: tenants.victim.account.id, taskId: foreign.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.accountTask.findUniqueOrThrow({ where: { id: task.id } })).status).toBe("OPEN");
    expect((await db.accountTask.findUniqueOrThrow({ where: { id: foreign.id } })).status).toBe("OPEN");
  });

  it("rejects plan procedures for staff callers", async () => {
    const task = await taskOf(tenants.victim.account.id, "Connect data");
    const staff = callerFor(tenants.victim.csm.user);
    await expect(staff.plan.complete({ taskId: task.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(staff.plan.reopen({ taskId: task.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(staff.plan.answer({ taskId: task.id, answer: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(staff.plan.assign({ taskId: task.id, assigneeId: null })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("question tasks", () => {
  it("are completed by answering, and the answer is kept for the CSM", async () => {
    const { organization } = tenants.victim;
    const { version } = await createTemplate(organization.id, [
      { title: "Discovery", tasks: [{ title: "What is your main report?", kind: "QUESTION" }, { title: "Act" }] },
    ]);
    const account = await createAccount(organization.id, { templateVersionId: version.id });
    const { user } = await createCustomer(account);
    const question = await taskOf(account.id, "What is your main report?");
    const action = await taskOf(account.id, "Act");
    await expect(callerFor(user).plan.complete({ taskId: question.id })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const result = await callerFor(user).plan.answer({ taskId: question.id, answer: "Weekly revenue" });
    expect(result).toMatchObject({ status: "DONE", answer: "Weekly revenue" });
    expect(await db.activityEvent.count({ where: { subjectId: question.id, type: "task.answered" } })).toBe(1);
    // The CSM reads the answer in the account's plan; nobody outside the organization can.
    const staffPlan = await callerFor(tenants.victim.csm.user).plan.forAccount({ accountId: account.id });
    expect(staffPlan.milestones[0]!.tasks[0]).toMatchObject({ id: question.id, answer: "Weekly revenue" });
    await expect(callerFor(tenants.attacker.csm.user).plan.forAccount({ accountId: account.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(callerFor(user).plan.forAccount({ accountId: account.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(user).plan.answer({ taskId: action.id, answer: "no" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(callerFor(user).plan.answer({ taskId: question.id, answer: "   " })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});

describe("assigning tasks", () => {
  it("lets the champion assign to a member of the same account only", async () => {
    const task = await taskOf(tenants.victim.account.id, "Connect data");
    const champion = callerFor(tenants.victim.champion.user);
    const result = await champion.plan.assign({ taskId: task.id, assigneeId: tenants.victim.member.user.id });
    expect(result.assignee?.id).toBe(tenants.victim.member.user.id);
    await expect(
      champion.plan.assign({ taskId: task.id, assigneeId: tenants.victim.otherChampion.user.id }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(callerFor(tenants.victim.member.user).plan.assign({ taskId: task.id, assigneeId: null })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await db.accountTask.findUniqueOrThrow({ where: { id: task.id } })).assigneeId).toBe(tenants.victim.member.user.id);
  });
});
