// What a probe from outside found getting through (issue 12): impossible dates, unstorable text, unlimited
// email-sending actions, invitation authorization slips, a champion's name thrown away. Each is refused
// at its root now; these tests fail on the code before the fix.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../server/db";
import { acceptPendingInvitations } from "../../server/identity/invitations/accept-pending-invitations";
import { abuseLimits } from "../../server/security/abuse-limits";
import { callerFor, createAccount, createCustomer, createStaff, createTwoTenants } from "../support/factories";

let tenants: Awaited<ReturnType<typeof createTwoTenants>>;
const stamp = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

beforeAll(async () => {
  tenants = await createTwoTenants();
});

describe("calendar dates", () => {
  it("refuses impossible and far-out dates in every date field instead of shifting them", async () => {
    const { csm, champion, account } = tenants.victim;
    const staff = callerFor(csm.user);
    const before = await db.customerAccount.findUniqueOrThrow({ where: { id: account.id } });
    for (const kickoffDate of ["2026-13-45", "2027-02-30", "0001-01-01", "10007-01-01"]) {
      await expect(staff.account.changeKickoff({ accountId: account.id, kickoffDate })).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
      await expect(
        staff.portfolio.createAccount({
          name: `Bad date ${stamp()}`,
          templateId: null,
          kickoffDate,
          csmMembershipId: null,
          championEmail: `bad-date-${stamp()}@example.test`,
        }),
      ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    expect((await db.customerAccount.findUniqueOrThrow({ where: { id: account.id } })).kickoffDate).toEqual(before.kickoffDate);
    const goals = callerFor(champion.user).goals;
    for (const targetDate of ["2027-02-30", "10007-01-01", "2020-01-01"]) {
      await expect(goals.create({ title: "Faster", metric: "Hours", baseline: 10, target: 2, targetDate })).rejects.toMatchObject(
        {
          code: "BAD_REQUEST",
        },
      );
    }
  });
});

describe("goals can be repaired", () => {
  it("the champion and the account's staff edit, abandon and delete; other members cannot", async () => {
    const { champion, member, csm, account } = tenants.victim;
    const create = () =>
      callerFor(champion.user).goals.create({
        title: `Goal ${stamp()}`,
        metric: "Hours",
        baseline: 10,
        target: 2,
        targetDate: "2027-06-01",
      });
    const goal = await create();
    await expect(
      callerFor(member.user).goals.edit({ goalId: goal.id, title: "Mine", metric: "x", target: 1, targetDate: "2027-06-01" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const edited = await callerFor(champion.user).goals.edit({
      goalId: goal.id,
      title: "Edited",
      metric: "Hours",
      target: 3,
      targetDate: "2027-09-30",
    });
    expect(edited).toMatchObject({ title: "Edited", target: 3 });
    expect(edited.targetDate.toISOString().slice(0, 10)).toBe("2027-09-30");
    await expect(
      callerFor(csm.user).goals.editForAccount({
        accountId: account.id,
        goalId: goal.id,
        title: "Edited",
        metric: "Hours",
        target: 10,
        targetDate: "2027-09-30",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "The target must differ from the starting value" });
    expect((await callerFor(csm.user).goals.abandonForAccount({ accountId: account.id, goalId: goal.id })).status).toBe(
      "ABANDONED",
    );
    await expect(callerFor(member.user).goals.remove({ goalId: goal.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await callerFor(champion.user).goals.remove({ goalId: goal.id });
    expect(await db.goal.findUnique({ where: { id: goal.id } })).toBeNull();
    const second = await create();
    await callerFor(csm.user).goals.removeForAccount({ accountId: account.id, goalId: second.id });
    expect(await db.goal.findUnique({ where: { id: second.id } })).toBeNull();
    const events = await db.activityEvent.findMany({ where: { customerAccountId: account.id, type: { startsWith: "goal." } } });
    expect(events.map((event) => event.type)).toEqual(expect.arrayContaining(["goal.edited", "goal.abandoned", "goal.deleted"]));
  });

  it("another tenant's staff cannot touch the goal", async () => {
    const goal = await callerFor(tenants.victim.champion.user).goals.create({
      title: "Safe",
      metric: "Hours",
      baseline: 1,
      target: 2,
      targetDate: "2027-06-01",
    });
    await expect(
      callerFor(tenants.attacker.csm.user).goals.removeForAccount({ accountId: tenants.attacker.account.id, goalId: goal.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.goal.findUnique({ where: { id: goal.id } })).not.toBeNull();
  });
});

describe("unstorable text", () => {
  it("answers a clear 400 for a lone surrogate in any field, storing nothing", async () => {
    const { champion, csm, account } = tenants.victim;
    const before = await db.helpRequest.count();
    await expect(callerFor(champion.user).help.ask({ message: "Help \ud800 me" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/broken character/),
    });
    await expect(callerFor(csm.user).account.addNote({ accountId: account.id, body: "note \udfff" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(await db.helpRequest.count()).toBe(before);
  });
});

describe("abuse limits", () => {
  it("limits colleague invitations per person with a clear message", async () => {
    const { organization } = await (async () => ({ organization: tenants.victim.organization }))();
    const account = await createAccount(organization.id);
    const { user } = await createCustomer(account, "CHAMPION");
    const caller = callerFor(user);
    for (let index = 0; index < abuseLimits.invitation.perPerson; index++) {
      await caller.accountTeam.invite({ email: `colleague-${index}-${stamp()}@example.test` });
    }
    await expect(caller.accountTeam.invite({ email: `one-too-many-${stamp()}@example.test` })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringMatching(/Too many invitations.*try again in \d+ minutes?/),
    });
    expect(await db.invitation.count({ where: { customerAccountId: account.id } })).toBe(abuseLimits.invitation.perPerson);
  });

  it("limits help requests, which email the CSM", async () => {
    const account = await createAccount(tenants.victim.organization.id, { csmMembershipId: tenants.victim.csm.membership.id });
    const { user } = await createCustomer(account, "MEMBER");
    const caller = callerFor(user);
    for (let index = 0; index < abuseLimits.helpRequest.perPerson; index++)
      await caller.help.ask({ message: `Question ${index}` });
    await expect(caller.help.ask({ message: "Again" })).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    expect(await db.helpRequest.count({ where: { customerAccountId: account.id } })).toBe(abuseLimits.helpRequest.perPerson);
  });
});

describe("invitation authorization", () => {
  it("a CSM cannot revoke a staff invitation, and an admin cannot revoke an owner's", async () => {
    const { owner, admin, csm } = tenants.victim;
    const asAdmin = await callerFor(owner.user).invitations.inviteStaff({
      email: `admin-${stamp()}@example.test`,
      role: "ADMIN",
    });
    const asOwner = await callerFor(owner.user).invitations.inviteStaff({
      email: `owner-${stamp()}@example.test`,
      role: "OWNER",
    });
    await expect(callerFor(csm.user).invitations.revoke({ invitationId: asAdmin.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(callerFor(admin.user).invitations.revoke({ invitationId: asOwner.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await db.invitation.count({ where: { id: { in: [asAdmin.id, asOwner.id] }, revokedAt: null } })).toBe(2);
    await callerFor(admin.user).invitations.revoke({ invitationId: asAdmin.id });
    await callerFor(owner.user).invitations.revoke({ invitationId: asOwner.id });
  });

  it("re-inviting a pending address never silently changes its role", async () => {
    const { owner, admin } = tenants.victim;
    const email = `future-owner-${stamp()}@example.test`;
    const invitation = await callerFor(owner.user).invitations.inviteStaff({ email, role: "OWNER" });
    await expect(callerFor(admin.user).invitations.inviteStaff({ email, role: "CSM" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).staffRole).toBe("OWNER");
  });
});

describe("CSMs see only their own accounts (organization setting)", () => {
  it("is off by default, and when on limits CSMs (not admins) in the chain and the portfolio", async () => {
    const { organization, csm, admin, account } = tenants.victim;
    const otherCsm = await createStaff(organization.id, "CSM");
    expect((await callerFor(otherCsm.user).account.overview({ accountId: account.id })).id).toBe(account.id);
    await callerFor(admin.user).settings.update({
      ...(await callerFor(admin.user).settings.get()),
      csmsSeeOnlyOwnAccounts: true,
    });
    try {
      await expect(callerFor(otherCsm.user).account.overview({ accountId: account.id })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      const listed = await callerFor(otherCsm.user).portfolio.list({ scope: "all" });
      expect(listed.rows.map((row) => row.id)).not.toContain(account.id);
      expect((await callerFor(csm.user).portfolio.list({ scope: "all" })).rows.map((row) => row.id)).toContain(account.id);
      expect((await callerFor(admin.user).account.overview({ accountId: account.id })).id).toBe(account.id);
    } finally {
      await db.organization.update({ where: { id: organization.id }, data: { csmsSeeOnlyOwnAccounts: false } });
    }
  });
});

describe("new accounts", () => {
  it("keep the champion's name and give it to them when they first sign in", async () => {
    const email = `named-champion-${stamp()}@example.test`;
    await callerFor(tenants.victim.csm.user).portfolio.createAccount({
      name: `Named ${stamp()}`,
      templateId: null,
      kickoffDate: new Date().toISOString().slice(0, 10),
      csmMembershipId: null,
      championEmail: email,
      championName: "Ada Lovelace",
    });
    expect((await db.invitation.findFirstOrThrow({ where: { email } })).name).toBe("Ada Lovelace");
    const user = await db.user.create({ data: { email } });
    await acceptPendingInvitations({ id: user.id, email });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Ada Lovelace");
  });
});
