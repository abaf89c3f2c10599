// The tutorial studio: admins write, publish and restore; CSMs read; customers and other tenants
// reach nothing; bad input changes nothing; every change lands in the audit log.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../server/db";
import { callerFor, createTwoTenants } from "../support/factories";

let tenants: Awaited<ReturnType<typeof createTwoTenants>>;
const draft = (title = "Connect your data") => ({
  title,
  summary: "Link the warehouse",
  bodyMarkdown: "# Step one\n\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n\nThen click **Connect**.",
  estimatedMinutes: 4,
});

beforeAll(async () => {
  tenants = await createTwoTenants();
});

describe("tutorials", () => {
  it("an admin writes, publishes, edits, restores and publishes again, each publish a version", async () => {
    const admin = callerFor(tenants.victim.admin.user);
    const { id } = await admin.tutorials.create(draft());
    const v1 = await admin.tutorials.publish({ tutorialId: id });
    expect(v1.version).toBe(1);
    await admin.tutorials.update({ tutorialId: id, ...draft("Connect your data (new)"), bodyMarkdown: "Changed body" });
    let tutorial = await admin.tutorials.get({ tutorialId: id });
    expect(tutorial.hasUnpublishedChanges).toBe(true);
    expect(tutorial.status).toBe("PUBLISHED");

    const v1Row = tutorial.versions.find((version) => version.version === 1)!;
    await admin.tutorials.restoreVersion({ tutorialId: id, versionId: v1Row.id });
    tutorial = await admin.tutorials.get({ tutorialId: id });
    expect(tutorial.bodyMarkdown).toBe(draft().bodyMarkdown);
    expect(tutorial.versions).toHaveLength(1);

    const v2 = await admin.tutorials.publish({ tutorialId: id });
    expect(v2.version).toBe(2);
    const versions = await db.tutorialVersion.findMany({ where: { tutorialId: id }, orderBy: { version: "asc" } });
    expect(versions.map((version) => version.authorId)).toEqual([tenants.victim.admin.user.id, tenants.victim.admin.user.id]);

    const actions = (await db.auditLog.findMany({ where: { targetId: id } })).map((entry) => entry.action);
    // Entries written in the same millisecond have no order, so compare as a multiset.
    expect(actions.sort()).toEqual(
      ["tutorial.created", "tutorial.published", "tutorial.updated", "tutorial.version_restored", "tutorial.published"].sort(),
    );
  });

  it("lists with search and status filter, and CSMs may read", async () => {
    const admin = callerFor(tenants.victim.admin.user);
    const { id } = await admin.tutorials.create(draft("Invite your team"));
    const csm = callerFor(tenants.victim.csm.user);
    const found = await csm.tutorials.list({ search: "invite your" });
    expect(found.map((tutorial) => tutorial.id)).toContain(id);
    const published = await csm.tutorials.list({ status: "PUBLISHED" });
    expect(published.map((tutorial) => tutorial.id)).not.toContain(id);
    await expect(csm.tutorials.get({ tutorialId: id })).resolves.toMatchObject({ title: "Invite your team" });
  });

  it("shows customers' votes and comments on a published tutorial", async () => {
    const admin = callerFor(tenants.victim.admin.user);
    const { id } = await admin.tutorials.create(draft("Feedback please"));
    await admin.tutorials.publish({ tutorialId: id });
    await db.tutorialFeedback.create({
      data: {
        tutorialId: id,
        customerAccountId: tenants.victim.account.id,
        userId: tenants.victim.champion.user.id,
        helpful: false,
        comment: "Step two is unclear",
      },
    });
    const tutorial = await admin.tutorials.get({ tutorialId: id });
    expect(tutorial.votes).toEqual({ helpful: 0, notHelpful: 1 });
    expect(tutorial.feedback[0]?.comment).toBe("Step two is unclear");
  });

  it("rejects an empty title and an oversized body with clear errors and changes nothing", async () => {
    const admin = callerFor(tenants.victim.admin.user);
    const { id } = await admin.tutorials.create(draft("Stays as it was"));
    const before = await db.tutorial.count();
    const auditBefore = await db.auditLog.count();
    await expect(admin.tutorials.create({ ...draft(), title: "   " })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("Give the tutorial a title"),
    });
    const huge = "word ".repeat(21_000);
    await expect(admin.tutorials.create({ ...draft(), bodyMarkdown: huge })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("under 100 KB"),
    });
    await expect(admin.tutorials.update({ tutorialId: id, ...draft(), bodyMarkdown: huge })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(await db.tutorial.count()).toBe(before);
    expect(await db.auditLog.count()).toBe(auditBefore);
    expect((await db.tutorial.findUniqueOrThrow({ where: { id } })).title).toBe("Stays as it was");
  });

  it("refuses CSMs, customers and another organization's admin, and changes nothing", async () => {
    const { id } = await callerFor(tenants.victim.admin.user).tutorials.create(draft("Guarded"));
    const version = await callerFor(tenants.victim.admin.user).tutorials.publish({ tutorialId: id });
    const snapshot = async () => ({
      tutorials: await db.tutorial.count(),
      versions: await db.tutorialVersion.count(),
      row: await db.tutorial.findUniqueOrThrow({ where: { id } }),
    });
    const before = await snapshot();

    for (const user of [tenants.victim.csm.user, tenants.victim.champion.user]) {
      const caller = callerFor(user);
      await expect(caller.tutorials.create(draft())).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.tutorials.update({ tutorialId: id, ...draft("Hacked") })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.tutorials.publish({ tutorialId: id })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.tutorials.restoreVersion({ tutorialId: id, versionId: version.versionId })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(caller.tutorials.setArchived({ tutorialId: id, archived: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const customer = callerFor(tenants.victim.champion.user);
    await expect(customer.tutorials.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(customer.tutorials.get({ tutorialId: id })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const stranger = callerFor(tenants.attacker.owner.user);
    await expect(stranger.tutorials.get({ tutorialId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(stranger.tutorials.update({ tutorialId: id, ...draft("Hacked") })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(stranger.tutorials.publish({ tutorialId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(stranger.tutorials.restoreVersion({ tutorialId: id, versionId: version.versionId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(stranger.tutorials.setArchived({ tutorialId: id, archived: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await stranger.tutorials.list({})).map((tutorial) => tutorial.id)).not.toContain(id);

    expect(await snapshot()).toEqual(before);
  });

  it("archives and brings back a tutorial", async () => {
    const admin = callerFor(tenants.victim.admin.user);
    const { id } = await admin.tutorials.create(draft("Old"));
    await admin.tutorials.publish({ tutorialId: id });
    await expect(admin.tutorials.setArchived({ tutorialId: id, archived: true })).resolves.toEqual({ status: "ARCHIVED" });
    await expect(admin.tutorials.setArchived({ tutorialId: id, archived: false })).resolves.toEqual({ status: "PUBLISHED" });
  });
});
