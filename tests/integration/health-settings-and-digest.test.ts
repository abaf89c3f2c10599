// Health weights per organization, and the CSM daily digest: one email a day, only with open alerts.
import { describe, expect, it } from "vitest";
import { db } from "../../server/db";
import { defaultHealthWeights } from "../../server/success/health/compute-health";
import { sendCsmDigests } from "../../server/engagement/digests/send-csm-digests";
import { callerFor, createTwoTenants } from "../support/factories";

describe("health weights", () => {
  it("start at the defaults, can be changed by an admin (rescoring accounts), audited, and reset", async () => {
    const { victim } = await createTwoTenants();
    const admin = callerFor(victim.admin.user);
    expect(await admin.healthSettings.get()).toEqual({ weights: defaultHealthWeights, isDefault: true });
    const onlyGoals = { schedule: 0, activity: 0, overdue: 0, checkIn: 0, help: 0, goals: 100, neglect: 0 };
    await admin.healthSettings.update({ weights: onlyGoals });
    // No goals scores 60 by definition, so with only the goals factor every account scores 60.
    expect((await db.customerAccount.findUniqueOrThrow({ where: { id: victim.account.id } })).healthScore).toBe(60);
    expect(
      await db.auditLog.count({ where: { organizationId: victim.organization.id, action: "settings.health-weights-changed" } }),
    ).toBe(1);
    await admin.healthSettings.update({ weights: null });
    expect((await admin.healthSettings.get()).isDefault).toBe(true);
  });

  it("reject CSMs, other organizations' admins and all-zero or out-of-range weights", async () => {
    const { victim, attacker } = await createTwoTenants();
    const weights = { ...defaultHealthWeights, goals: 50 };
    await expect(callerFor(victim.csm.user).healthSettings.update({ weights })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(victim.champion.user).healthSettings.get()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await callerFor(attacker.admin.user).healthSettings.update({ weights });
    expect((await callerFor(victim.admin.user).healthSettings.get()).isDefault).toBe(true);
    const zero = { schedule: 0, activity: 0, overdue: 0, checkIn: 0, help: 0, goals: 0, neglect: 0 };
    await expect(callerFor(victim.admin.user).healthSettings.update({ weights: zero })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      callerFor(victim.admin.user).healthSettings.update({ weights: { ...weights, goals: 500 } }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await callerFor(victim.admin.user).healthSettings.get()).isDefault).toBe(true);
  });
});

describe("CSM daily digest", () => {
  it("sends each CSM with open alerts one digest a day listing them, and nothing to CSMs without", async () => {
    const { victim } = await createTwoTenants();
    await db.alert.create({
      data: {
        organizationId: victim.organization.id,
        customerAccountId: victim.account.id,
        kind: "STALLED",
        data: { days: 9, limit: 7 },
        dedupeKey: `stalled:${victim.account.id}`,
      },
    });
    const now = new Date("2026-11-24T09:30:00Z");
    await sendCsmDigests(now, { ignoreSendHour: true });
    await sendCsmDigests(now, { ignoreSendHour: true });
    const digests = await db.emailLog.findMany({ where: { template: "csm-digest", organizationId: victim.organization.id } });
    expect(digests.map((digest) => digest.toEmail)).toEqual([victim.csm.user.email]);
    expect(digests[0]!.text).toContain("No customer activity for 9 days (limit 7)");
  });

  it("waits for the organization's send hour in its time zone", async () => {
    const { victim } = await createTwoTenants();
    await db.organization.update({ where: { id: victim.organization.id }, data: { timezone: "America/New_York", sendHour: 9 } });
    await db.alert.create({
      data: {
        organizationId: victim.organization.id,
        customerAccountId: victim.account.id,
        kind: "NEGLECTED",
        data: { days: 20, limit: 14 },
        dedupeKey: `n:${victim.account.id}`,
      },
    });
    await sendCsmDigests(new Date("2026-11-24T09:00:00Z"));
    expect(await db.emailLog.count({ where: { template: "csm-digest", organizationId: victim.organization.id } })).toBe(0);
    await sendCsmDigests(new Date("2026-11-24T14:10:00Z"));
    expect(await db.emailLog.count({ where: { template: "csm-digest", organizationId: victim.organization.id } })).toBe(1);
  });
});
