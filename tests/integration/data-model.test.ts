// Guarantees the schema itself gives: migrations are re-runnable, the timeline is append-only,
// and a new account gets its own plan and check-ins.
import { describe, expect, it } from "vitest";
import { db } from "../../server/db";
import { applyMigrations } from "../../server/db/migrations";
import { createAccount, createOrganization, createTemplate } from "../support/factories";

describe("migrations", () => {
  it("apply nothing the second time", async () => {
    expect(await applyMigrations(process.env.DATABASE_URL!)).toEqual([]);
  });
});

describe("the activity timeline", () => {
  it("rejects updates and deletes", async () => {
    const organization = await createOrganization();
    const event = await db.activityEvent.create({
      data: { organizationId: organization.id, actorKind: "SYSTEM", type: "test.event" },
    });
    await expect(db.activityEvent.update({ where: { id: event.id }, data: { type: "tampered" } })).rejects.toThrow(/append-only/);
    await expect(db.activityEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    expect((await db.activityEvent.findUniqueOrThrow({ where: { id: event.id } })).type).toBe("test.event");
  });
});

describe("a new account", () => {
  it("gets its own copy of the plan with due dates from its kickoff, and 30/60/90-day check-ins", async () => {
    const organization = await createOrganization();
    const { version } = await createTemplate(organization.id, [
      {
        title: "Kickoff",
        tasks: [
          { title: "Hello", dueOffsetDays: 2 },
          { title: "Workspace", owner: "VENDOR", dueOffsetDays: 5 },
        ],
      },
    ]);
    const account = await createAccount(organization.id, { templateVersionId: version.id, kickoffDate: "2026-01-10" });
    const tasks = await db.accountTask.findMany({ where: { customerAccountId: account.id }, orderBy: { position: "asc" } });
    expect(tasks.map((task) => [task.title, task.owner, task.dueDate.toISOString().slice(0, 10)])).toEqual([
      ["Hello", "CUSTOMER", "2026-01-12"],
      ["Workspace", "VENDOR", "2026-01-15"],
    ]);
    const checkIns = await db.checkIn.findMany({ where: { customerAccountId: account.id }, orderBy: { dayOffset: "asc" } });
    expect(checkIns.map((checkIn) => [checkIn.dayOffset, checkIn.scheduledFor.toISOString()])).toEqual([
      [30, "2026-02-09T09:00:00.000Z"],
      [60, "2026-03-11T09:00:00.000Z"],
      [90, "2026-04-10T09:00:00.000Z"],
    ]);
  });
});
