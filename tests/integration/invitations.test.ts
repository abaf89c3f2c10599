// Invitations: staff invite staff, CSMs invite a customer account's users, and the invited person
// becomes a member when they first sign in with that address.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../server/db";
import { acceptPendingInvitations } from "../../server/identity/invitations/accept-pending-invitations";
import { homePathFor } from "../../lib/identity/home-path";
import { getViewer } from "../../server/identity/viewer/get-viewer";
import { callerFor, createTwoTenants } from "../support/factories";

let tenants: Awaited<ReturnType<typeof createTwoTenants>>;

beforeAll(async () => {
  tenants = await createTwoTenants();
});

describe("staff invitations", () => {
  it("email the invitee and make them staff with the invited role on first sign-in", async () => {
    const email = `new-admin-${Date.now()}@example.test`;
    await callerFor(tenants.victim.owner.user).invitations.inviteStaff({ email, role: "ADMIN" });
    const sent = await db.emailLog.findFirstOrThrow({ where: { toEmail: email, template: "invitation" } });
    expect(sent.status).toBe("SENT");
    expect(sent.html).toContain(`/sign-in?email=${encodeURIComponent(email)}`);

    const user = await db.user.create({ data: { email } });
    expect(await acceptPendingInvitations({ id: user.id, email })).toBe(1);
    const viewer = await getViewer(user.id);
    expect(viewer.staff).toEqual([
      expect.objectContaining({ role: "ADMIN", organization: expect.objectContaining({ id: tenants.victim.organization.id }) }),
    ]);
    expect(homePathFor(viewer)).toBe("/workspace");
    const audit = await db.auditLog.findFirst({
      where: { organizationId: tenants.victim.organization.id, action: "staff.invited" },
    });
    expect(audit?.actorId).toBe(tenants.victim.owner.user.id);
  });

  it("do not let an admin hand out the owner role", async () => {
    await expect(
      callerFor(tenants.victim.admin.user).invitations.inviteStaff({ email: "would-be-owner@example.test", role: "OWNER" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuse to invite someone who is already on the team", async () => {
    await expect(
      callerFor(tenants.victim.owner.user).invitations.inviteStaff({ email: tenants.victim.csm.user.email, role: "CSM" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("are not accepted once revoked", async () => {
    const email = `revoked-${Date.now()}@example.test`;
    const invitation = await callerFor(tenants.victim.owner.user).invitations.inviteStaff({ email, role: "CSM" });
    await callerFor(tenants.victim.admin.user).invitations.revoke({ invitationId: invitation.id });
    const user = await db.user.create({ data: { email } });
    expect(await acceptPendingInvitations({ id: user.id, email })).toBe(0);
    expect(homePathFor(await getViewer(user.id))).toBe("/welcome");
  });
});

describe("customer invitations", () => {
  it("let the account's CSM invite a customer user who lands in the portal", async () => {
    const email = `teammate-${Date.now()}@example.test`;
    await callerFor(tenants.victim.csm.user).invitations.inviteAccountMember({
      accountId: tenants.victim.account.id,
      email,
      role: "MEMBER",
    });
    const pending = await callerFor(tenants.victim.csm.user).invitations.listForAccount({ accountId: tenants.victim.account.id });
    expect(pending.map((invitation) => invitation.email)).toContain(email);

    const user = await db.user.create({ data: { email } });
    await acceptPendingInvitations({ id: user.id, email });
    const viewer = await getViewer(user.id);
    expect(viewer.customer).toEqual([
      expect.objectContaining({ role: "MEMBER", account: expect.objectContaining({ id: tenants.victim.account.id }) }),
    ]);
    expect(homePathFor(viewer)).toBe("/portal");
    const joined = await db.activityEvent.findFirst({
      where: { customerAccountId: tenants.victim.account.id, type: "member.joined" },
    });
    expect(joined?.actorId).toBe(user.id);
  });

  it("re-inviting a pending address refreshes one invitation instead of creating two", async () => {
    const email = `twice-${Date.now()}@example.test`;
    const csm = callerFor(tenants.victim.csm.user);
    await csm.invitations.inviteAccountMember({ accountId: tenants.victim.account.id, email });
    await csm.invitations.inviteAccountMember({ accountId: tenants.victim.account.id, email });
    expect(await db.invitation.count({ where: { email, acceptedAt: null } })).toBe(1);
  });
});
