// Organization settings, staff management, uploads and the audit log: admins and owners only, one
// organization at a time, with the owner rules holding.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../server/db";
import { fileStorage } from "../../server/platform/storage/file-storage";
import { brandingOf, senderOf } from "../../server/identity/organizations/branding";
import { callerFor, createAccount, createOrganization, createStaff, createTwoTenants } from "../support/factories";

let tenants: Awaited<ReturnType<typeof createTwoTenants>>;
const settings = {
  name: "Acme Onboarding",
  logoUrl: null as string | null,
  brandColor: "#0EA5E9",
  checkInOffsets: [90, 14, 30],
  sendHour: 8,
  senderName: "Acme Success",
  replyToEmail: "success@acme.example",
};
const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), Buffer.alloc(32, 1)]);

beforeAll(async () => {
  tenants = await createTwoTenants();
});

describe("organization settings", () => {
  it("an admin updates branding, schedule and sender, audited as a diff", async () => {
    const admin = callerFor(tenants.victim.admin.user);
    const saved = await admin.settings.update(settings);
    expect(saved).toMatchObject({ brandColor: "#0ea5e9", checkInOffsets: [14, 30, 90], sendHour: 8 });
    const entry = await db.auditLog.findFirstOrThrow({
      where: { organizationId: tenants.victim.organization.id, action: "settings.updated" },
      orderBy: { createdAt: "desc" },
    });
    expect(entry.actorId).toBe(tenants.victim.admin.user.id);
    expect(entry.before).toMatchObject({ brandColor: "#4f46e5", checkInOffsets: [30, 60, 90] });
    expect(entry.after).toMatchObject({ brandColor: "#0ea5e9", senderName: "Acme Success" });
    // New accounts get check-ins on the new schedule.
    await expect(senderOf(tenants.victim.organization.id)).resolves.toEqual({
      fromName: "Acme Success",
      replyTo: "success@acme.example",
    });
    const account = await createAccount(tenants.victim.organization.id);
    const checkIns = await db.checkIn.findMany({ where: { customerAccountId: account.id }, orderBy: { dayOffset: "asc" } });
    expect(checkIns.map((checkIn) => checkIn.dayOffset)).toEqual([14, 30, 90]);
  });

  it("rejects a bad colour, duplicate or non-positive days, too many days and a bad hour, changing nothing", async () => {
    const admin = callerFor(tenants.victim.admin.user);
    const before = await db.organization.findUniqueOrThrow({ where: { id: tenants.victim.organization.id } });
    const cases: [Partial<typeof settings>, string][] = [
      [{ brandColor: "blue" }, "hex code"],
      [{ checkInOffsets: [30, 30] }, "only once"],
      [{ checkInOffsets: [0, 30] }, "1 or more"],
      [{ checkInOffsets: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] }, "at most 10"],
      [{ sendHour: 24 }, "between 0 and 23"],
      [{ name: "" }, "Give the organization a name"],
      [{ replyToEmail: "nope" }, "valid reply-to"],
      [{ logoUrl: "javascript:alert(1)" }, "uploaded image"],
    ];
    for (const [change, message] of cases) {
      await expect(admin.settings.update({ ...settings, ...change })).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message: expect.stringContaining(message),
      });
    }
    expect(await db.organization.findUniqueOrThrow({ where: { id: tenants.victim.organization.id } })).toEqual(before);
  });

  it("stores an uploaded logo, serves it and gives emails an absolute address", async () => {
    const admin = callerFor(tenants.victim.admin.user);
    const { url } = await admin.settings.uploadImage({
      fileName: "logo.png",
      contentType: "image/png",
      dataBase64: png.toString("base64"),
    });
    expect(url).toMatch(/^\/uploads\/.+\.png$/);
    const stored = await fileStorage().open(url.replace("/uploads/", ""));
    expect(Buffer.from(await new Response(stored!.body).arrayBuffer()).equals(png)).toBe(true);
    await admin.settings.update({ ...settings, logoUrl: url });
    expect((await brandingOf(tenants.victim.organization.id)).logoUrl).toMatch(/^https?:\/\/[^/]+\/uploads\//);
  });

  it("rejects files that are not images of the allowed types or too large", async () => {
    const admin = callerFor(tenants.victim.admin.user);
    const before = await db.auditLog.count({ where: { action: "upload.created" } });
    await expect(
      admin.settings.uploadImage({ contentType: "image/svg+xml", dataBase64: Buffer.from("<svg/>").toString("base64") }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("PNG, JPEG, GIF or WebP") });
    await expect(
      admin.settings.uploadImage({ contentType: "image/png", dataBase64: Buffer.from("<html>").toString("base64") }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("not a PNG") });
    const big = Buffer.concat([png, Buffer.alloc(5 * 1024 * 1024)]).toString("base64");
    await expect(admin.settings.uploadImage({ contentType: "image/png", dataBase64: big })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("5 MB"),
    });
    expect(await db.auditLog.count({ where: { action: "upload.created" } })).toBe(before);
  });

  it("refuses CSMs, customers and another organization", async () => {
    const before = await db.organization.findUniqueOrThrow({ where: { id: tenants.victim.organization.id } });
    for (const user of [tenants.victim.csm.user, tenants.victim.champion.user]) {
      const caller = callerFor(user);
      await expect(caller.settings.get()).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.settings.update(settings)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(
        caller.settings.uploadImage({ contentType: "image/png", dataBase64: png.toString("base64") }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.settings.audit({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    // Another organization's admin only ever reaches their own organization.
    const stranger = callerFor(tenants.attacker.admin.user);
    expect((await stranger.settings.get()).id).toBe(tenants.attacker.organization.id);
    await stranger.settings.update({ ...settings, name: "Attacker renamed" });
    expect(await db.organization.findUniqueOrThrow({ where: { id: tenants.victim.organization.id } })).toEqual(before);
    const audit = await stranger.settings.audit({});
    expect(audit.entries.every((entry) => entry.actor?.id !== tenants.victim.admin.user.id)).toBe(true);
  });
});

describe("team management", () => {
  it("an admin changes a CSM to admin, audited", async () => {
    const { membership } = await createStaff(tenants.victim.organization.id, "CSM");
    await callerFor(tenants.victim.admin.user).settings.changeRole({ membershipId: membership.id, role: "ADMIN" });
    expect((await db.membership.findUniqueOrThrow({ where: { id: membership.id } })).role).toBe("ADMIN");
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "staff.role_changed", targetId: membership.id } });
    expect(entry.before).toMatchObject({ role: "CSM" });
    expect(entry.after).toMatchObject({ role: "ADMIN" });
  });

  it("only an owner grants or revokes owner, and the last owner stays", async () => {
    const org = tenants.victim.organization.id;
    const { membership } = await createStaff(org, "CSM");
    const admin = callerFor(tenants.victim.admin.user);
    await expect(admin.settings.changeRole({ membershipId: membership.id, role: "OWNER" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      admin.settings.changeRole({ membershipId: tenants.victim.owner.membership.id, role: "CSM" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(admin.settings.removeMember({ membershipId: tenants.victim.owner.membership.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });

    const owner = callerFor(tenants.victim.owner.user);
    await expect(
      owner.settings.changeRole({ membershipId: tenants.victim.owner.membership.id, role: "ADMIN" }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("at least one owner") });
    await expect(owner.settings.removeMember({ membershipId: tenants.victim.owner.membership.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("last owner"),
    });
    expect(await db.membership.count({ where: { organizationId: org, role: "OWNER" } })).toBe(1);

    // With a second owner, the first may step down.
    await owner.settings.changeRole({ membershipId: membership.id, role: "OWNER" });
    await owner.settings.changeRole({ membershipId: membership.id, role: "CSM" });
    expect((await db.membership.findUniqueOrThrow({ where: { id: membership.id } })).role).toBe("CSM");
  });

  it("two owners removing each other at the same moment leave the organization one owner", async () => {
    const organization = await createOrganization("Race");
    const first = await createStaff(organization.id, "OWNER");
    const second = await createStaff(organization.id, "OWNER");
    const results = await Promise.allSettled([
      callerFor(first.user).settings.removeMember({ membershipId: second.membership.id }),
      callerFor(second.user).settings.removeMember({ membershipId: first.membership.id }),
    ]);
    const owners = await db.membership.count({ where: { organizationId: organization.id, role: "OWNER" } });
    expect(owners).toBe(1);
    // The embedded PGlite shares one session between connections, so only a real server proves the
    // row lock; there the loser must be told why.
    if (!/sslmode=disable/.test(process.env.DATABASE_URL ?? "")) {
      expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
      const rejected = results.find((result) => result.status === "rejected");
      expect(rejected?.reason).toMatchObject({ code: expect.stringMatching(/CONFLICT|FORBIDDEN|NOT_FOUND/) });
    }
  });

  it("removing a person signs them out at once and unassigns their accounts", async () => {
    const org = tenants.victim.organization.id;
    const { user, membership } = await createStaff(org, "CSM");
    const account = await createAccount(org, { csmMembershipId: membership.id });
    await db.session.create({
      data: { sessionToken: `token-${membership.id}`, userId: user.id, expires: new Date(Date.now() + 86_400_000) },
    });
    const result = await callerFor(tenants.victim.admin.user).settings.removeMember({ membershipId: membership.id });
    expect(result).toEqual({ removed: true, unassignedAccounts: 1 });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.membership.count({ where: { id: membership.id } })).toBe(0);
    expect((await db.customerAccount.findUniqueOrThrow({ where: { id: account.id } })).csmMembershipId).toBeNull();
    await expect(callerFor(user).portfolio.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.auditLog.count({ where: { action: "staff.removed", targetId: membership.id } })).toBe(1);
  });

  it("refuses CSMs, customers and another organization's admin, changing nothing", async () => {
    const target = tenants.victim.csm.membership.id;
    for (const user of [tenants.victim.csm.user, tenants.victim.champion.user]) {
      await expect(callerFor(user).settings.changeRole({ membershipId: target, role: "ADMIN" })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(callerFor(user).settings.removeMember({ membershipId: target })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const stranger = callerFor(tenants.attacker.owner.user);
    await expect(stranger.settings.changeRole({ membershipId: target, role: "ADMIN" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(stranger.settings.removeMember({ membershipId: target })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.membership.findUniqueOrThrow({ where: { id: target } })).toMatchObject({ role: "CSM" });
  });
});

describe("audit log", () => {
  it("filters by action and actor and pages through entries", async () => {
    const org = tenants.victim.organization.id;
    const owner = callerFor(tenants.victim.owner.user);
    for (let index = 0; index < 27; index += 1) {
      await owner.tutorials.create({ title: `Audited ${index}`, bodyMarkdown: "x", estimatedMinutes: 1 });
    }
    const firstPage = await owner.settings.audit({ action: "tutorial.created", actorId: tenants.victim.owner.user.id });
    expect(firstPage.total).toBe(27);
    expect(firstPage.entries).toHaveLength(25);
    expect(firstPage.pageCount).toBe(2);
    expect(firstPage.entries.every((entry) => entry.action === "tutorial.created")).toBe(true);
    const secondPage = await owner.settings.audit({ action: "tutorial.created", actorId: tenants.victim.owner.user.id, page: 2 });
    expect(secondPage.entries).toHaveLength(2);
    expect(firstPage.actions).toContain("tutorial.created");
    expect(firstPage.actors.map((actor) => actor.id)).toContain(tenants.victim.owner.user.id);
    const byAdmin = await owner.settings.audit({ actorId: tenants.victim.admin.user.id });
    expect(byAdmin.entries.every((entry) => entry.actor?.id === tenants.victim.admin.user.id)).toBe(true);
    expect(await db.auditLog.count({ where: { organizationId: org } })).toBeGreaterThan(27);
  });
});
