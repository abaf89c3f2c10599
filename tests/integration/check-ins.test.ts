// Check-in lifecycle and the CSM's procedures (list, send now, skip), the one-click answers without
// signing in (signed, expiring tokens; negative answers alert the CSM), rescheduling and cancelling.
// Mail goes to the dev outbox here; the Resend path is covered by check-in-sending.test.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../server/db";
import { answerToken } from "../../server/engagement/checkins/answer-links";
import { cancelCheckIns, rescheduleCheckIns, resumeCheckIns } from "../../server/engagement/checkins/reschedule-check-ins";
import { signToken } from "../../server/email/tokens/signed-token";
import { callerFor, createTwoTenants } from "../support/factories";

let tenants: Awaited<ReturnType<typeof createTwoTenants>>;

beforeAll(async () => {
  tenants = await createTwoTenants();
});

const checkInsOf = (accountId: string) =>
  db.checkIn.findMany({ where: { customerAccountId: accountId }, orderBy: { dayOffset: "asc" } });

describe("checkIns.list / sendNow / skip", () => {
  it("lists the account's check-ins with their state for its CSM", async () => {
    const { csm, account } = tenants.victim;
    const list = await callerFor(csm.user).checkIns.list({ accountId: account.id });
    expect(list.map((item) => [item.dayOffset, item.status])).toEqual([
      [30, "SCHEDULED"],
      [60, "SCHEDULED"],
      [90, "SCHEDULED"],
    ]);
  });

  it("sends one now to the champion and shows it as sent; a second send is refused", async () => {
    const { csm, account, champion } = tenants.victim;
    const [day30] = await checkInsOf(account.id);
    const kickoff = await db.accountMilestone.findFirstOrThrow({ where: { customerAccountId: account.id, title: "Kickoff" } });
    await db.accountTask.updateMany({ where: { milestoneId: kickoff.id }, data: { status: "DONE", completedAt: new Date() } });
    const result = await callerFor(csm.user).checkIns.sendNow({ accountId: account.id, checkInId: day30!.id });
    expect(result).toMatchObject({ outcome: "SENT", to: champion.user.email });
    const log = await db.emailLog.findUniqueOrThrow({ where: { idempotencyKey: `checkin:${day30!.id}` } });
    expect(log).toMatchObject({ toEmail: champion.user.email, status: "SENT", template: "check-in" });
    // Progress so far: tasks done of total, and which milestones are reached.
    expect(log.text).toContain("2 of 3 tasks done");
    expect(log.text).toContain("✓ Kickoff");
    expect(log.text).toContain("○ Setup");
    await expect(callerFor(csm.user).checkIns.sendNow({ accountId: account.id, checkInId: day30!.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await db.emailLog.count({ where: { idempotencyKey: `checkin:${day30!.id}` } })).toBe(1);
  });

  it("skips one that has not been sent", async () => {
    const { admin, account } = tenants.victim;
    const [, day60] = await checkInsOf(account.id);
    await callerFor(admin.user).checkIns.skip({ accountId: account.id, checkInId: day60!.id });
    expect(await db.checkIn.findUniqueOrThrow({ where: { id: day60!.id } })).toMatchObject({ status: "SKIPPED" });
  });

  it("rejects another organization's staff and customers, and changes nothing", async () => {
    const { account } = tenants.victim;
    const [, , day90] = await checkInsOf(account.id);
    const outsider = callerFor(tenants.attacker.owner.user);
    await expect(outsider.checkIns.list({ accountId: account.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(outsider.account.alerts({ accountId: account.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(outsider.checkIns.sendNow({ accountId: account.id, checkInId: day90!.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(outsider.checkIns.skip({ accountId: account.id, checkInId: day90!.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // Their own account id does not unlock another account's check-in either.
    await expect(outsider.checkIns.skip({ accountId: tenants.attacker.account.id, checkInId: day90!.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const customer = callerFor(tenants.victim.champion.user);
    await expect(customer.checkIns.list({ accountId: account.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(customer.account.alerts({ accountId: account.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(customer.checkIns.sendNow({ accountId: account.id, checkInId: day90!.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(customer.checkIns.skip({ accountId: account.id, checkInId: day90!.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(callerFor(null).checkIns.list({ accountId: account.id })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await db.checkIn.findUniqueOrThrow({ where: { id: day90!.id } })).toMatchObject({ status: "SCHEDULED" });
    expect(await db.emailLog.count({ where: { idempotencyKey: `checkin:${day90!.id}` } })).toBe(0);
  });
});

describe("one-click answers", () => {
  async function sentCheckIn() {
    const { otherAccount: account, otherChampion: champion } = tenants.victim;
    const [day30] = await checkInsOf(account.id);
    if (day30!.status === "SCHEDULED") {
      await callerFor(tenants.victim.csm.user).checkIns.sendNow({ accountId: account.id, checkInId: day30!.id });
    }
    return { account, champion, checkIn: day30! };
  }

  it("records an answer with a POST, idempotently, and a negative one alerts the CSM once", async () => {
    const { account, champion, checkIn } = await sentCheckIn();
    const token = answerToken(checkIn.id, "SOME_CONCERNS", champion.user.email);
    const anyone = callerFor(null);
    // Reading the link (what a mail scanner does) changes nothing.
    const described = await anyone.checkIns.describeAnswer({ token });
    expect(described).toMatchObject({ answer: "SOME_CONCERNS", dayOffset: 30, accountName: account.name, currentAnswer: null });
    expect(await db.checkIn.findUniqueOrThrow({ where: { id: checkIn.id } })).toMatchObject({ status: "SENT", answer: null });

    await anyone.checkIns.answer({ token });
    await anyone.checkIns.answer({ token });
    expect(await db.checkIn.findUniqueOrThrow({ where: { id: checkIn.id } })).toMatchObject({
      status: "ANSWERED",
      answer: "SOME_CONCERNS",
      answeredByEmail: champion.user.email,
    });
    const events = await db.activityEvent.findMany({ where: { subjectId: checkIn.id, type: "checkin.answered" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorKind: "CUSTOMER", actorId: champion.user.id });
    const alerts = await callerFor(tenants.victim.csm.user).account.alerts({ accountId: account.id });
    expect(alerts.filter((alert) => alert.kind === "NEGATIVE_CHECK_IN")).toHaveLength(1);

    await anyone.checkIns.comment({ token, comment: "The data import keeps timing out." });
    const list = await callerFor(tenants.victim.csm.user).checkIns.list({ accountId: account.id });
    expect(list.find((item) => item.id === checkIn.id)).toMatchObject({
      answer: "SOME_CONCERNS",
      comment: "The data import keeps timing out.",
    });

    // Changing the answer to "on track" updates it and closes the alert.
    await anyone.checkIns.answer({ token: answerToken(checkIn.id, "ON_TRACK", champion.user.email) });
    expect(await db.checkIn.findUniqueOrThrow({ where: { id: checkIn.id } })).toMatchObject({ answer: "ON_TRACK" });
    expect(await db.alert.count({ where: { dedupeKey: `negative-check-in:${checkIn.id}`, resolvedAt: null } })).toBe(0);
  });

  it("moves the account's health score as soon as the answer is recorded", async () => {
    const { account, champion, checkIn } = await sentCheckIn();
    const anyone = callerFor(null);
    const healthScore = async () => (await db.customerAccount.findUniqueOrThrow({ where: { id: account.id } })).healthScore;

    await anyone.checkIns.answer({ token: answerToken(checkIn.id, "OFF_TRACK", champion.user.email) });
    const offTrack = await healthScore();
    await anyone.checkIns.answer({ token: answerToken(checkIn.id, "ON_TRACK", champion.user.email) });
    const onTrack = await healthScore();

    expect(offTrack).not.toBeNull();
    expect(onTrack!).toBeGreaterThan(offTrack!);
  });

  it("rejects a forged, tampered, other-purpose or expired token and changes nothing", async () => {
    const { checkIn, champion } = await sentCheckIn();
    const before = await db.checkIn.findUniqueOrThrow({ where: { id: checkIn.id } });
    const anyone = callerFor(null);
    const valid = answerToken(checkIn.id, "OFF_TRACK", champion.user.email);
    const [body] = valid.split(".");
    const forgedBody = Buffer.from(JSON.stringify({ c: checkIn.id, a: "OFF_TRACK", exp: 4_102_444_800 })).toString("base64url");
    const attempts = [
      `${forgedBody}.${valid.split(".")[1]}`,
      `${body}.AAAA${valid.split(".")[1]!.slice(4)}`,
      signToken("unsubscribe", { c: checkIn.id, a: "OFF_TRACK" }, new Date(Date.now() + 86_400_000)),
      answerToken(checkIn.id, "OFF_TRACK", champion.user.email, new Date(Date.now() - 31 * 86_400_000)),
    ];
    for (const token of attempts) {
      await expect(anyone.checkIns.answer({ token })).rejects.toMatchObject({ code: "BAD_REQUEST" });
      await expect(anyone.checkIns.comment({ token, comment: "forged" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    await expect(anyone.checkIns.answer({ token: attempts[3]! })).rejects.toThrow(/expired/);
    expect(await db.checkIn.findUniqueOrThrow({ where: { id: checkIn.id } })).toEqual(before);
  });

  it("does not accept answers to a check-in that was never sent", async () => {
    const { account, champion } = tenants.attacker;
    const [day30] = await checkInsOf(account.id);
    await expect(
      callerFor(null).checkIns.answer({ token: answerToken(day30!.id, "OFF_TRACK", champion.user.email) }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});

describe("rescheduling and cancelling", () => {
  it("moves unsent check-ins when the kickoff date changes, keeping sent ones", async () => {
    const { account } = tenants.attacker;
    const [day30] = await checkInsOf(account.id);
    await db.checkIn.update({ where: { id: day30!.id }, data: { status: "SENT", sentAt: new Date() } });
    await db.customerAccount.update({ where: { id: account.id }, data: { kickoffDate: new Date("2027-03-01T00:00:00Z") } });
    await rescheduleCheckIns(account.id);
    const rows = await checkInsOf(account.id);
    expect(rows[0]!.scheduledFor).toEqual(day30!.scheduledFor);
    expect(rows[1]!.scheduledFor.toISOString()).toBe("2027-04-30T09:00:00.000Z");
    expect(rows[2]!.scheduledFor.toISOString()).toBe("2027-05-30T09:00:00.000Z");
  });

  it("cancels unsent check-ins on pause and schedules the future ones again on resume", async () => {
    const { otherAccount } = tenants.attacker;
    await db.customerAccount.update({ where: { id: otherAccount.id }, data: { kickoffDate: new Date("2027-01-01T00:00:00Z") } });
    await rescheduleCheckIns(otherAccount.id);
    expect(await cancelCheckIns(otherAccount.id)).toBe(3);
    expect((await checkInsOf(otherAccount.id)).map((row) => row.status)).toEqual(["CANCELLED", "CANCELLED", "CANCELLED"]);
    // Resumed on 2027-02-15: day 30 (2027-01-31) passed while paused and stays cancelled.
    expect(await resumeCheckIns(otherAccount.id, new Date("2027-02-15T00:00:00Z"))).toBe(2);
    expect((await checkInsOf(otherAccount.id)).map((row) => row.status)).toEqual(["CANCELLED", "SCHEDULED", "SCHEDULED"]);
  });
});
