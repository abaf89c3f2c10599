// Tutorials, goals, help requests and the customer's team: each scoped to the caller's own account and
// organization, with the right role, and on the account's timeline.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../server/db";
import { callerFor, createAccount, createCustomer, createTemplate, createTutorial, createTwoTenants } from "../support/factories";

let tenants: Awaited<ReturnType<typeof createTwoTenants>>;

beforeAll(async () => {
  tenants = await createTwoTenants();
});

const events = (accountId: string, type: string) => db.activityEvent.count({ where: { customerAccountId: accountId, type } });

describe("tutorials", () => {
  it("shows a published tutorial's latest version with the task it belongs to and the next one", async () => {
    const { organization } = tenants.victim;
    const tutorial = await createTutorial(organization.id, { title: "Connect", body: "Old body" });
    await db.tutorialVersion.create({
      data: { tutorialId: tutorial.id, version: 2, title: "Connect v2", bodyMarkdown: "New body", estimatedMinutes: 4 },
    });
    const { version } = await createTemplate(organization.id, [
      { title: "Start", tasks: [{ title: "Read it", kind: "TUTORIAL", tutorialId: tutorial.id }, { title: "Then this" }] },
    ]);
    const account = await createAccount(organization.id, { templateVersionId: version.id });
    const { user } = await createCustomer(account);
    const caller = callerFor(user);
    const read = await caller.tutorials.read({ tutorialId: tutorial.id });
    expect(read).toMatchObject({
      title: "Connect v2",
      bodyMarkdown: "New body",
      task: { title: "Read it" },
      nextTask: { title: "Then this" },
    });
    expect(read.readingMinutes).toBeGreaterThanOrEqual(1);
    // Viewing twice the same day records one event.
    await caller.tutorials.read({ tutorialId: tutorial.id });
    expect(await events(account.id, "tutorial.viewed")).toBe(1);

    await caller.tutorials.feedback({ tutorialId: tutorial.id, helpful: false, comment: "Too short" });
    await caller.tutorials.feedback({ tutorialId: tutorial.id, helpful: true });
    const feedback = await db.tutorialFeedback.findMany({ where: { tutorialId: tutorial.id } });
    expect(feedback).toHaveLength(1);
    expect(feedback[0]).toMatchObject({ helpful: true, comment: null, customerAccountId: account.id });
  });

  it("hides drafts and other organizations' tutorials, and is closed to staff", async () => {
    const draft = await createTutorial(tenants.victim.organization.id, { status: "DRAFT" });
    const foreign = await createTutorial(tenants.attacker.organization.id);
    const customer = callerFor(tenants.victim.champion.user);
    for (const tutorialId of [draft.id, foreign.id]) {
      await expect(customer.tutorials.read({ tutorialId })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(customer.tutorials.feedback({ tutorialId, helpful: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    const published = await createTutorial(tenants.victim.organization.id);
    const staff = callerFor(tenants.victim.csm.user);
    await expect(staff.tutorials.read({ tutorialId: published.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(staff.tutorials.feedback({ tutorialId: published.id, helpful: true })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await db.tutorialFeedback.count({ where: { tutorialId: { in: [draft.id, foreign.id, published.id] } } })).toBe(0);
  });
});

const goalInput = {
  title: "Faster reporting",
  metric: "Hours a week preparing reports",
  unit: "h",
  baseline: 5,
  target: 1,
  targetDate: "2026-12-31",
};

describe("goals", () => {
  it("lets the champion set up to five active goals, and members and staff report progress", async () => {
    const account = await createAccount(tenants.victim.organization.id, { csmMembershipId: tenants.victim.csm.membership.id });
    const champion = await createCustomer(account, "CHAMPION");
    const member = await createCustomer(account, "MEMBER");
    const goal = await callerFor(champion.user).goals.create(goalInput);
    expect(goal.current).toBe(5);
    await callerFor(member.user).goals.update({ goalId: goal.id, value: 3, note: "New dashboard" });
    await callerFor(tenants.victim.csm.user).goals.updateForAccount({ accountId: account.id, goalId: goal.id, value: 2 });
    const [listed] = await callerFor(member.user).goals.list();
    expect(listed).toMatchObject({ current: 2, status: "ACTIVE" });
    expect(listed!.updates.map((update) => update.value)).toEqual([2, 3]);
    expect(await events(account.id, "goal.updated")).toBe(2);
    const staffList = await callerFor(tenants.victim.csm.user).goals.listForAccount({ accountId: account.id });
    expect(staffList.map((g) => g.id)).toEqual([goal.id]);

    await callerFor(member.user).goals.update({ goalId: goal.id, value: 1 });
    expect((await db.goal.findUniqueOrThrow({ where: { id: goal.id } })).status).toBe("ACHIEVED");

    for (let index = 0; index < 5; index++) await callerFor(champion.user).goals.create({ ...goalInput, title: `Goal ${index}` });
    await expect(callerFor(champion.user).goals.create(goalInput)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.goal.count({ where: { customerAccountId: account.id, status: "ACTIVE" } })).toBe(5);
  });

  it("rejects bad input, members creating goals, staff on customer procedures and other tenants", async () => {
    const champion = callerFor(tenants.victim.champion.user);
    await expect(champion.goals.create({ ...goalInput, target: 5 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(champion.goals.create({ ...goalInput, title: "" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(callerFor(tenants.victim.member.user).goals.create(goalInput)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const goal = await champion.goals.create({ ...goalInput, title: "Scoped goal" });

    for (const outsider of [tenants.victim.otherChampion.user, tenants.attacker.champion.user]) {
      await expect(callerFor(outsider).goals.update({ goalId: goal.id, value: 0 })).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect((await callerFor(outsider).goals.list()).map((g) => g.id)).not.toContain(goal.id);
    }
    const staffInput = { accountId: tenants.victim.account.id, goalId: goal.id, value: 0 };
    await expect(callerFor(tenants.attacker.csm.user).goals.updateForAccount(staffInput)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      callerFor(tenants.attacker.csm.user).goals.listForAccount({ accountId: tenants.victim.account.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      callerFor(tenants.victim.csm.user).goals.updateForAccount({ ...staffInput, accountId: tenants.victim.otherAccount.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const customer = callerFor(tenants.victim.champion.user);
    await expect(customer.goals.updateForAccount(staffInput)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(customer.goals.listForAccount({ accountId: tenants.victim.account.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const staff = callerFor(tenants.victim.csm.user);
    await expect(staff.goals.create(goalInput)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(staff.goals.update({ goalId: goal.id, value: 0 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(staff.goals.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db.goal.findUniqueOrThrow({ where: { id: goal.id } })).current).toBe(5);
    expect(await db.goalUpdate.count({ where: { goalId: goal.id } })).toBe(0);
  });
});

describe("help requests", () => {
  it("reach the CSM by email and in the workspace, and the customer sees replies and resolution", async () => {
    const { account, champion, csm } = tenants.victim;
    const task = await db.accountTask.findFirstOrThrow({ where: { customerAccountId: account.id, title: "Connect data" } });
    const request = await callerFor(champion.user).help.ask({ taskId: task.id, message: "The connector rejects our SSO" });
    const email = await db.emailLog.findUniqueOrThrow({ where: { idempotencyKey: `help-request:${request.id}` } });
    expect(email).toMatchObject({ toEmail: csm.user.email, category: "help", template: "help-request" });
    expect(await events(account.id, "help.requested")).toBeGreaterThanOrEqual(1);

    const staff = callerFor(csm.user);
    const listed = await staff.help.listForAccount({ accountId: account.id });
    expect(listed.find((item) => item.id === request.id)).toMatchObject({ status: "OPEN", task: { title: "Connect data" } });
    await staff.help.reply({ accountId: account.id, helpRequestId: request.id, body: "Use an API token instead." });
    const firstResponse = (await db.helpRequest.findUniqueOrThrow({ where: { id: request.id } })).firstResponseAt;
    expect(firstResponse).not.toBeNull();
    await staff.help.reply({ accountId: account.id, helpRequestId: request.id, body: "Here is the guide." });
    expect((await db.helpRequest.findUniqueOrThrow({ where: { id: request.id } })).firstResponseAt).toEqual(firstResponse);
    await staff.help.resolve({ accountId: account.id, helpRequestId: request.id });
    await staff.help.resolve({ accountId: account.id, helpRequestId: request.id });
    expect(await db.activityEvent.count({ where: { subjectId: request.id, type: "help.resolved" } })).toBe(1);
    expect(await db.activityEvent.count({ where: { subjectId: request.id, type: "help.replied" } })).toBe(2);

    const mine = await callerFor(tenants.victim.member.user).help.mine();
    expect(mine.find((item) => item.id === request.id)).toMatchObject({
      status: "RESOLVED",
      replies: [{ body: "Use an API token instead." }, {}],
    });
  });

  it("are scoped to the account and organization, and each side keeps to its own procedures", async () => {
    const { account, champion } = tenants.victim;
    const request = await callerFor(champion.user).help.ask({ message: "Private question" });
    const foreignTask = await db.accountTask.findFirstOrThrow({ where: { customerAccountId: tenants.attacker.account.id } });
    await expect(callerFor(champion.user).help.ask({ taskId: foreignTask.id, message: "x" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(callerFor(champion.user).help.ask({ message: "  " })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    for (const outsider of [tenants.victim.otherChampion.user, tenants.attacker.champion.user]) {
      expect((await callerFor(outsider).help.mine()).map((item) => item.id)).not.toContain(request.id);
    }
    const attacker = callerFor(tenants.attacker.csm.user);
    await expect(attacker.help.listForAccount({ accountId: account.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(attacker.help.reply({ accountId: account.id, helpRequestId: request.id, body: "hi" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(attacker.help.resolve({ accountId: account.id, helpRequestId: request.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // Right organization, wrong account id for the request.
    const staff = callerFor(tenants.victim.csm.user);
    await expect(
      staff.help.resolve({ accountId: tenants.victim.otherAccount.id, helpRequestId: request.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const customer = callerFor(champion.user);
    await expect(customer.help.listForAccount({ accountId: account.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(customer.help.reply({ accountId: account.id, helpRequestId: request.id, body: "hi" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(customer.help.resolve({ accountId: account.id, helpRequestId: request.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(staff.help.ask({ message: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(staff.help.mine()).rejects.toMatchObject({ code: "FORBIDDEN" });
    const saved = await db.helpRequest.findUniqueOrThrow({ where: { id: request.id }, include: { replies: true } });
    expect(saved).toMatchObject({ status: "OPEN", firstResponseAt: null, replies: [] });
  });
});

describe("the customer's team", () => {
  it("lets only the champion invite colleagues, into their own account", async () => {
    const champion = callerFor(tenants.victim.champion.user);
    const invitation = await champion.accountTeam.invite({ email: "colleague@example.test" });
    const saved = await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(saved).toMatchObject({ customerAccountId: tenants.victim.account.id, accountRole: "MEMBER", kind: "CUSTOMER" });
    const team = await champion.accountTeam.list();
    expect(team.invitations.map((item) => item.email)).toContain("colleague@example.test");
    expect(team.members.map((member) => member.user.id)).toContain(tenants.victim.member.user.id);
    await expect(champion.accountTeam.invite({ email: tenants.victim.member.user.email })).rejects.toMatchObject({
      code: "CONFLICT",
    });

    await expect(
      callerFor(tenants.victim.member.user).accountTeam.invite({ email: "sneaky@example.test" }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(callerFor(tenants.victim.csm.user).accountTeam.invite({ email: "sneaky@example.test" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(callerFor(tenants.victim.csm.user).accountTeam.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.invitation.count({ where: { email: "sneaky@example.test" } })).toBe(0);
    const attackerTeam = await callerFor(tenants.attacker.champion.user).accountTeam.list();
    expect(attackerTeam.invitations.map((item) => item.email)).not.toContain("colleague@example.test");
    expect(attackerTeam.members.map((member) => member.user.id)).not.toContain(tenants.victim.member.user.id);
  });
});
