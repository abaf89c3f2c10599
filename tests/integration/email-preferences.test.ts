// Unsubscribe by signed link (page and one-click POST), enforced centrally in sendEmail; overdue-task
// reminders batched into at most one digest a day per person; the admin email pages' procedures.
import { createElement } from "react";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as oneClick } from "../../app/api/unsubscribe/[token]/route";
import { db } from "../../server/db";
import { sendEmail } from "../../server/email/send-email";
import { OverdueDigestEmail, overdueDigestPreviewProps } from "../../server/email/templates/overdue-digest-email";
import { unsubscribeToken } from "../../server/email/tokens/unsubscribe-links";
import { sendOverdueDigests } from "../../server/engagement/reminders/send-overdue-digests";
import { callerFor, createTwoTenants } from "../support/factories";

let tenants: Awaited<ReturnType<typeof createTwoTenants>>;

beforeAll(async () => {
  tenants = await createTwoTenants();
});

const reminder = (to: string, key: string) => ({
  to,
  subject: "Overdue",
  template: "overdue-digest",
  category: "reminders",
  react: createElement(OverdueDigestEmail, overdueDigestPreviewProps),
  idempotencyKey: key,
});

describe("unsubscribe", () => {
  it("from the page's button: later reminders are suppressed and logged, essential mail still goes", async () => {
    const person = tenants.victim.member.user;
    const token = unsubscribeToken(person.id, "reminders");
    const anyone = callerFor(null);
    expect(await anyone.emails.describeUnsubscribe({ token })).toMatchObject({
      email: person.email,
      unsubscribedFromTopic: false,
    });
    await anyone.emails.unsubscribe({ token, scope: "topic" });
    expect(await anyone.emails.describeUnsubscribe({ token })).toMatchObject({
      unsubscribedFromTopic: true,
      unsubscribedAll: false,
    });

    const key = `unsub-test-${Date.now()}`;
    const suppressed = await sendEmail(reminder(person.email, key));
    expect(suppressed.status).toBe("SUPPRESSED");
    expect(await db.emailLog.findUniqueOrThrow({ where: { id: suppressed.emailLogId } })).toMatchObject({
      status: "SUPPRESSED",
      html: null,
    });
    const essential = await sendEmail({ ...reminder(person.email, `essential-${Date.now()}`), category: "essential" });
    expect(essential.status).toBe("SENT");
    // Another topic is not affected.
    expect((await sendEmail({ ...reminder(person.email, `other-${Date.now()}`), category: "check-ins" })).status).toBe("SENT");
    // Opting back in: a retry of the suppressed email goes out (preferences are read at each attempt).
    await db.emailPreference.update({ where: { userId: person.id }, data: { unsubscribedTopics: [] } });
    expect((await sendEmail(reminder(person.email, key))).status).toBe("SENT");
    expect(await db.emailLog.count({ where: { idempotencyKey: key } })).toBe(1);
  });

  it("with the one-click List-Unsubscribe POST, and rejects a forged token", async () => {
    const person = tenants.attacker.member.user;
    const token = unsubscribeToken(person.id, "check-ins");
    const response = await oneClick(
      new Request("http://localhost/api/unsubscribe/x", { method: "POST", body: "List-Unsubscribe=One-Click" }),
      {
        params: Promise.resolve({ token }),
      },
    );
    expect(response.status).toBe(200);
    expect(await db.emailPreference.findUniqueOrThrow({ where: { userId: person.id } })).toMatchObject({
      unsubscribedTopics: ["check-ins"],
    });
    const forged = await oneClick(new Request("http://localhost/api/unsubscribe/x", { method: "POST" }), {
      params: Promise.resolve({ token: `${token.split(".")[0]}.forged` }),
    });
    expect(forged.status).toBe(400);
    await expect(callerFor(null).emails.unsubscribe({ token: `${token}x`, scope: "all" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});

describe("overdue digests", () => {
  it("sends one digest a day per person listing their overdue tasks, from the send hour", async () => {
    const { account, champion } = tenants.victim;
    const tasks = await db.accountTask.findMany({ where: { customerAccountId: account.id, owner: "CUSTOMER" } });
    const past = new Date("2026-01-05T00:00:00Z");
    await db.accountTask.updateMany({ where: { id: { in: tasks.map((task) => task.id) } }, data: { dueDate: past } });
    const early = await sendOverdueDigests(new Date("2026-01-10T07:00:00Z"));
    expect(early.filter((item) => item.to === champion.user.email)).toEqual([]);
    const first = await sendOverdueDigests(new Date("2026-01-10T09:30:00Z"));
    expect(first.filter((item) => item.to === champion.user.email)).toEqual([
      { to: champion.user.email, tasks: tasks.length, status: "SENT" },
    ]);
    await sendOverdueDigests(new Date("2026-01-10T15:00:00Z"));
    expect(await db.emailLog.count({ where: { toEmail: champion.user.email, template: "overdue-digest" } })).toBe(1);
    await sendOverdueDigests(new Date("2026-01-11T09:30:00Z"));
    expect(await db.emailLog.count({ where: { toEmail: champion.user.email, template: "overdue-digest" } })).toBe(2);
    const log = await db.emailLog.findFirstOrThrow({ where: { toEmail: champion.user.email, template: "overdue-digest" } });
    expect(log.text).toMatch(/unsubscribe/i);
  });
});

describe("admin email pages (emails.templates / preview / log)", () => {
  it("lets an admin preview every template in the organization's branding", async () => {
    const api = callerFor(tenants.victim.admin.user);
    const templates = await api.emails.templates();
    expect(templates.map((entry) => entry.name)).toEqual(
      expect.arrayContaining(["check-in", "overdue-digest", "magic-link", "invitation"]),
    );
    for (const entry of templates) {
      const preview = await api.emails.preview({ name: entry.name });
      expect(preview.html).toContain(tenants.victim.organization.name);
      expect(preview.text.length).toBeGreaterThan(20);
    }
    await expect(api.emails.preview({ name: "nope" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("shows only the organization's own email log, filtered by status", async () => {
    const victimLog = await callerFor(tenants.victim.owner.user).emails.log({});
    expect(victimLog.length).toBeGreaterThan(0);
    expect(victimLog.every((row) => row.toEmail !== tenants.attacker.member.user.email)).toBe(true);
    const suppressed = await callerFor(tenants.victim.owner.user).emails.log({ status: "SUPPRESSED" });
    expect(suppressed.every((row) => row.status === "SUPPRESSED")).toBe(true);
  });

  it("rejects CSMs, customers and strangers", async () => {
    for (const user of [tenants.victim.csm.user, tenants.victim.champion.user]) {
      await expect(callerFor(user).emails.templates()).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(callerFor(user).emails.preview({ name: "check-in" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(callerFor(user).emails.log({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    // An admin of another organization sees their own log, never this one's.
    const attackerLog = await callerFor(tenants.attacker.admin.user).emails.log({});
    expect(attackerLog.every((row) => row.toEmail !== tenants.victim.champion.user.email)).toBe(true);
    await expect(callerFor(null).emails.log({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
