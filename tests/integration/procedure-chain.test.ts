// The procedure chain: signed-out, wrong organization, wrong role and wrong account are all rejected,
// and a rejected call changes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../server/db";
import { callerFor, createTwoTenants, createUser } from "../support/factories";

let tenants: Awaited<ReturnType<typeof createTwoTenants>>;

beforeAll(async () => {
  tenants = await createTwoTenants();
});

describe("signed out", () => {
  it("cannot reach any signed-in procedure", async () => {
    const anonymous = callerFor(null);
    await expect(anonymous.viewer.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(anonymous.portfolio.list({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(anonymous.plan.get()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("staff procedures", () => {
  it("show a CSM only their own organization's accounts", async () => {
    const portfolio = await callerFor(tenants.victim.csm.user).portfolio.list({ scope: "all", pageSize: 100 });
    const ids = portfolio.rows.map((account) => account.id);
    expect(ids).toContain(tenants.victim.account.id);
    expect(ids).not.toContain(tenants.attacker.account.id);
  });

  it("never answer a customer", async () => {
    const customer = callerFor(tenants.victim.champion.user);
    await expect(customer.portfolio.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(customer.account.overview({ accountId: tenants.victim.account.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(customer.invitations.inviteStaff({ email: "x@example.test", role: "CSM" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("answer 'not found' for another organization's account", async () => {
    const attacker = callerFor(tenants.attacker.owner.user);
    await expect(attacker.account.overview({ accountId: tenants.victim.account.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      attacker.invitations.inviteAccountMember({
        accountId: tenants.victim.account.id,
        email: "spy@example.test",
        role: "MEMBER",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.invitation.count({ where: { email: "spy@example.test" } })).toBe(0);
  });

  it("ignore an organization hint the caller is not a member of", async () => {
    const attacker = callerFor(tenants.attacker.csm.user, { organizationHint: tenants.victim.organization.id });
    await expect(attacker.portfolio.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("require the admin role for admin procedures", async () => {
    const csm = callerFor(tenants.victim.csm.user);
    await expect(csm.workspace.team()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(csm.invitations.inviteStaff({ email: "new-csm@example.test", role: "CSM" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await db.invitation.count({ where: { email: "new-csm@example.test" } })).toBe(0);
    const team = await callerFor(tenants.victim.admin.user).workspace.team();
    expect(team.map((member) => member.user.email)).toContain(tenants.victim.csm.user.email);
  });

  it("reject a revoke of another organization's invitation and keep it", async () => {
    const invitation = await callerFor(tenants.victim.admin.user).invitations.inviteStaff({
      email: "keep-me@example.test",
      role: "CSM",
    });
    await expect(
      callerFor(tenants.attacker.admin.user).invitations.revoke({ invitationId: invitation.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).revokedAt).toBeNull();
  });

  it("reject bad input with a clear message", async () => {
    const admin = callerFor(tenants.victim.admin.user);
    await expect(admin.invitations.inviteStaff({ email: "not-an-email", role: "CSM" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(admin.account.overview({ accountId: "" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("customer procedures", () => {
  it("scope a customer to their own account", async () => {
    const plan = await callerFor(tenants.victim.champion.user).plan.get();
    expect(plan.account.id).toBe(tenants.victim.account.id);
    expect(plan.milestones.flatMap((milestone) => milestone.tasks)).toHaveLength(3);
  });

  it("ignore an account hint for an account the customer does not belong to", async () => {
    const customer = callerFor(tenants.victim.champion.user, { accountHint: tenants.victim.otherAccount.id });
    await expect(customer.plan.get()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("are closed to staff and to people with no membership", async () => {
    await expect(callerFor(tenants.victim.csm.user).plan.get()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(await createUser("stranger")).plan.get()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
