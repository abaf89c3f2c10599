// Checklist templates: admins edit and publish versions; accounts keep the version they started with;
// bad input changes nothing; CSMs read; customers and other tenants reach nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../server/db";
import { callerFor, createAccount, createTwoTenants } from "../support/factories";

let tenants: Awaited<ReturnType<typeof createTwoTenants>>;

type TaskDraft = {
  title: string;
  kind: "TUTORIAL" | "ACTION" | "QUESTION" | "MEETING";
  owner: "CUSTOMER" | "VENDOR";
  dueOffsetDays: number;
  required: boolean;
  tutorialId?: string | null;
  meetingUrl?: string | null;
  questionPrompt?: string | null;
};
const task = (title: string, extra: Partial<TaskDraft> = {}): TaskDraft => ({
  title,
  kind: "ACTION",
  owner: "CUSTOMER",
  dueOffsetDays: 3,
  required: true,
  ...extra,
});
const draft = (tasks: TaskDraft[] = [task("Sign the contract"), task("Connect data")]) => ({
  name: "Enterprise onboarding",
  description: "For large customers",
  milestones: [
    { title: "Kickoff", tasks },
    { title: "Go live", tasks: [task("Launch", { kind: "MEETING", meetingUrl: "https://meet.example.test/launch" })] },
  ],
});
const counts = async () => ({
  templates: await db.checklistTemplate.count(),
  milestones: await db.templateMilestone.count(),
  tasks: await db.templateTask.count(),
  versions: await db.templateVersion.count(),
  audit: await db.auditLog.count(),
});

beforeAll(async () => {
  tenants = await createTwoTenants();
});

describe("checklist templates", () => {
  it("publishing a new version leaves accounts started on the old one unchanged", async () => {
    const admin = callerFor(tenants.victim.admin.user);
    const { id } = await admin.templates.create(draft());
    const v1 = await admin.templates.publish({ templateId: id });
    const account = await createAccount(tenants.victim.organization.id, { templateVersionId: v1.versionId });
    const tasksBefore = await db.accountTask.findMany({ where: { customerAccountId: account.id }, orderBy: { id: "asc" } });

    await admin.templates.save({ templateId: id, ...draft([task("Connect data", { dueOffsetDays: 10 }), task("New step")]) });
    const v2 = await admin.templates.publish({ templateId: id });
    expect(v2.version).toBe(v1.version + 1);

    const after = await db.customerAccount.findUniqueOrThrow({ where: { id: account.id } });
    expect(after.templateVersionId).toBe(v1.versionId);
    expect(await db.accountTask.findMany({ where: { customerAccountId: account.id }, orderBy: { id: "asc" } })).toEqual(
      tasksBefore,
    );

    const template = await admin.templates.get({ templateId: id });
    const usage = Object.fromEntries(template.versions.map((version) => [version.version, version._count.accounts]));
    expect(usage).toEqual({ [v1.version]: 1, [v2.version]: 0 });
    expect(template.milestones[0]?.tasks.map((t) => t.title)).toEqual(["Connect data", "New step"]);

    const actions = (await db.auditLog.findMany({ where: { targetId: id } })).map((entry) => entry.action).sort();
    expect(actions).toEqual(["template.created", "template.published", "template.published", "template.updated"]);
  });

  it("saves task kinds with their own fields and links only the organization's tutorials", async () => {
    const admin = callerFor(tenants.victim.admin.user);
    const { id: tutorialId } = await admin.tutorials.create({ title: "Read me", bodyMarkdown: "Hi", estimatedMinutes: 1 });
    const { id } = await admin.templates.create(
      draft([
        task("Read the guide", { kind: "TUTORIAL", tutorialId, meetingUrl: "https://stale.example.test" }),
        task("Tell us your goal", { kind: "QUESTION", questionPrompt: "What does success look like?", required: false }),
      ]),
    );
    const template = await admin.templates.get({ templateId: id });
    expect(template.milestones[0]?.tasks).toEqual([
      expect.objectContaining({ kind: "TUTORIAL", tutorialId, meetingUrl: null }),
      expect.objectContaining({ kind: "QUESTION", questionPrompt: "What does success look like?", required: false }),
    ]);
  });

  it("rejects an empty title, a negative offset and an unknown or foreign tutorial, changing nothing", async () => {
    const admin = callerFor(tenants.victim.admin.user);
    const { id } = await admin.templates.create(draft());
    const { id: foreignTutorial } = await callerFor(tenants.attacker.admin.user).tutorials.create({
      title: "Theirs",
      bodyMarkdown: "x",
      estimatedMinutes: 1,
    });
    const before = await counts();
    const cases: [ReturnType<typeof draft>, string][] = [
      [{ ...draft(), name: " " }, "Give the template a name"],
      [draft([task("")]), "Every task needs a title"],
      [draft([task("Too early", { dueOffsetDays: -1 })]), "cannot be before kickoff"],
      [draft([task("Read", { kind: "TUTORIAL", tutorialId: "does-not-exist" })]), "does not exist in your library"],
      [draft([task("Read", { kind: "TUTORIAL", tutorialId: foreignTutorial })]), "does not exist in your library"],
      [draft([task("Read", { kind: "TUTORIAL" })]), "Pick the tutorial"],
    ];
    for (const [input, message] of cases) {
      await expect(admin.templates.create(input)).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message: expect.stringContaining(message),
      });
      await expect(admin.templates.save({ templateId: id, ...input })).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message: expect.stringContaining(message),
      });
    }
    expect(await counts()).toEqual(before);
  });

  it("refuses to publish a template without tasks", async () => {
    const admin = callerFor(tenants.victim.admin.user);
    const { id } = await admin.templates.create({ name: "Empty", milestones: [{ title: "Nothing yet", tasks: [] }] });
    await expect(admin.templates.publish({ templateId: id })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("at least one task"),
    });
    expect(await db.templateVersion.count({ where: { templateId: id } })).toBe(0);
  });

  it("duplicates a template as a new unpublished draft with the same plan", async () => {
    const admin = callerFor(tenants.victim.admin.user);
    const { id } = await admin.templates.create(draft());
    await admin.templates.publish({ templateId: id });
    const copy = await admin.templates.duplicate({ templateId: id });
    const original = await admin.templates.get({ templateId: id });
    const duplicated = await admin.templates.get({ templateId: copy.id });
    expect(duplicated.name).toBe("Enterprise onboarding (copy)");
    expect(duplicated.versions).toHaveLength(0);
    expect(duplicated.status).toBe("DRAFT");
    const shape = (t: typeof original) => t.milestones.map((m) => [m.title, m.tasks.map((x) => [x.title, x.kind, x.meetingUrl])]);
    expect(shape(duplicated)).toEqual(shape(original));
    expect(await db.auditLog.count({ where: { action: "template.duplicated", targetId: copy.id } })).toBe(1);
  });

  it("lets CSMs read, and refuses CSMs, customers and other tenants any change", async () => {
    const admin = callerFor(tenants.victim.admin.user);
    const { id } = await admin.templates.create(draft());
    const csm = callerFor(tenants.victim.csm.user);
    expect((await csm.templates.list()).map((t) => t.id)).toContain(id);
    await expect(csm.templates.get({ templateId: id })).resolves.toMatchObject({ name: "Enterprise onboarding" });
    const before = await counts();

    for (const user of [tenants.victim.csm.user, tenants.victim.champion.user]) {
      const caller = callerFor(user);
      await expect(caller.templates.create(draft())).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.templates.save({ templateId: id, ...draft() })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.templates.publish({ templateId: id })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.templates.duplicate({ templateId: id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(callerFor(tenants.victim.champion.user).templates.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(tenants.victim.champion.user).templates.get({ templateId: id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });

    const stranger = callerFor(tenants.attacker.owner.user);
    await expect(stranger.templates.get({ templateId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(stranger.templates.save({ templateId: id, ...draft() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(stranger.templates.publish({ templateId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(stranger.templates.duplicate({ templateId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await stranger.templates.list()).map((t) => t.id)).not.toContain(id);

    expect(await counts()).toEqual(before);
  });
});
