// What the real Resend does to check-in sending, against the faithful fake (tests/support/fake-resend-server.ts):
// one bad address in a batch fails alone, a quota 429 pauses sending (check-ins stay due, owners told once),
// two worker processes share one team rate limit and never exceed it, older due check-ins are superseded by the
// latest, one check-in per account per day, and a back-dated kickoff schedules only what is still ahead.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { Resend } from "resend";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "../../server/db";
import { createDueCheckIns } from "../support/check-in-fixtures";
import { callerFor, createAccount, createOrganization, createStaff } from "../support/factories";
import { startFakeResend, type FakeResend } from "../support/fake-resend-server";

let resend: FakeResend;
let organizationId: string;
const root = path.resolve(import.meta.dirname, "../..");

beforeAll(async () => {
  resend = await startFakeResend();
  vi.resetModules();
  process.env.RESEND_API_KEY = "re_test_key";
  process.env.RESEND_BASE_URL = resend.url;
  process.env.RESEND_REQUESTS_PER_SECOND = "1000";
  organizationId = (await createOrganization("Batches")).id;
});

afterEach(async () => {
  resend.restoreQuota();
  resend.setRequestsPerSecond(undefined);
  await db.resendTeamLimit.deleteMany();
});

afterAll(async () => {
  delete process.env.RESEND_API_KEY;
  delete process.env.RESEND_BASE_URL;
  delete process.env.RESEND_REQUESTS_PER_SECOND;
  await resend.close();
});

const dispatch = async (options: { now?: Date; staleAfterMs?: number } = {}) => {
  const { dispatchDueCheckIns } = await import("../../server/engagement/checkins/dispatch-due-check-ins");
  return dispatchDueCheckIns({ now: options.now ?? new Date(), staleAfterMs: options.staleAfterMs });
};
const keyOf = (id: string) => `checkin:${id}`;
const receivedFor = (id: string) => resend.received.filter((email) => email.headers?.["X-Entity-Ref-ID"] === keyOf(id));
const accountOf = async (checkInId: string) =>
  (await db.checkIn.findUniqueOrThrow({ where: { id: checkInId } })).customerAccountId;

describe("one bad address in a batch", () => {
  it("fails that check-in with Resend's reason and sends the others, ids mapped by position", async () => {
    const ids = await createDueCheckIns(organizationId, 4);
    const member = await db.accountMember.findFirstOrThrow({ where: { customerAccountId: await accountOf(ids[1]!) } });
    await db.user.update({ where: { id: member.userId }, data: { email: `broken@@${member.userId}.example.test` } });
    const results = await dispatch();
    const byId = new Map(results.map((result) => [result.checkInId, result]));
    expect(byId.get(ids[1]!)).toMatchObject({
      outcome: "FAILED",
      error: expect.stringMatching(/Refused by Resend: Invalid `to` field/),
    });
    for (const id of [ids[0]!, ids[2]!, ids[3]!]) {
      expect(byId.get(id)).toMatchObject({ outcome: "SENT" });
      const log = await db.emailLog.findUniqueOrThrow({ where: { idempotencyKey: keyOf(id) } });
      expect(log.providerId).toBe(receivedFor(id)[0]!.id);
    }
    // One request for the four: the batch endpoint with permissive validation.
    const row = await db.checkIn.findUniqueOrThrow({ where: { id: ids[1]! } });
    expect(row).toMatchObject({ status: "FAILED", lastError: expect.stringMatching(/Invalid `to` field/) });
    const batchIds = await db.emailLog.findMany({ where: { idempotencyKey: { in: ids.map(keyOf) } }, select: { batchId: true } });
    expect(new Set(batchIds.map((item) => item.batchId)).size).toBe(1);
  });
});

describe("a quota 429", () => {
  it("stops sending, keeps the check-ins due, shows the block and tells the owners once", async () => {
    const owner = await createStaff(organizationId, "OWNER");
    const ids = await createDueCheckIns(organizationId, 3);
    resend.exhaustQuota("daily");
    const results = await dispatch();
    expect(results.filter((result) => ids.includes(result.checkInId)).map((result) => result.deferredBy)).toEqual([
      "quota",
      "quota",
      "quota",
    ]);
    const rows = await db.checkIn.findMany({ where: { id: { in: ids } } });
    expect(rows.map((row) => [row.status, row.attempts])).toEqual([
      ["SCHEDULED", 0],
      ["SCHEDULED", 0],
      ["SCHEDULED", 0],
    ]);
    const { getSendStatus } = await import("../../server/engagement/email-log/get-send-status");
    const status = await getSendStatus(organizationId as never);
    expect(status.quotaBlock).toMatchObject({ error: "You have reached your daily email sending quota." });
    expect(status.run).toMatchObject({ due: expect.any(Number), etaSeconds: null });
    const notices = () => db.emailLog.count({ where: { template: "sending-paused", toEmail: owner.user.email } });
    expect(await notices()).toBe(1);
    // Through the same Resend account the notice is refused too while the quota lasts: the log says why.
    expect(
      await db.emailLog.findFirstOrThrow({ where: { template: "sending-paused", toEmail: owner.user.email } }),
    ).toMatchObject({
      status: "FAILED",
      error: expect.stringMatching(/quota/),
    });
    // Another run while blocked: no request to Resend at all, no second notice.
    const requests = resend.requests;
    await dispatch();
    expect(resend.requests).toBe(requests);
    expect(await notices()).toBe(1);
    // The quota resets: the same check-ins go out, once.
    resend.restoreQuota();
    await db.resendTeamLimit.updateMany({ data: { quotaBlockedUntil: new Date(Date.now() - 1000) } });
    await dispatch();
    for (const id of ids) expect(receivedFor(id)).toHaveLength(1);
    expect(await db.checkIn.count({ where: { id: { in: ids }, status: "SENT" } })).toBe(3);
  });
});

describe("two workers sharing one team limit", () => {
  // Batches of 2, so the workers could make requests far faster than the limit allows.
  function schedulerProcess(env: Record<string, string>): ChildProcess {
    const args = ["--import", "tsx", "scripts/scheduler.ts", "--now", new Date().toISOString(), "--batch-size", "2"];
    return spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ["ignore", "ignore", "inherit"],
    });
  }
  const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));

  it("never exceed it: Resend answers no 429, and every check-in goes out once", { timeout: 180_000 }, async () => {
    // The fake allows 3 requests a second (a bucket of 3); each worker alone would be allowed 3 too, so two
    // throttling per process would send 6 a second and collect 429s.
    resend.setRequestsPerSecond(3);
    const ids = await createDueCheckIns(organizationId, 40);
    const before = resend.requestLog.length;
    const workers = [
      schedulerProcess({ RESEND_REQUESTS_PER_SECOND: "3" }),
      schedulerProcess({ RESEND_REQUESTS_PER_SECOND: "3" }),
    ];
    expect(await Promise.all(workers.map(exited))).toEqual([0, 0]);
    const requests = resend.requestLog.slice(before);
    expect(requests.filter((request) => request.status === 429)).toEqual([]);
    // 40 check-ins in batches of 2 (the run's other jobs, such as digests, may send single emails too).
    expect(requests.filter((request) => request.path === "/emails/batch")).toHaveLength(20);
    for (const id of ids) expect(receivedFor(id)).toHaveLength(1);
  });
});

describe("one check-in at a time", () => {
  it("sends only the latest of several due check-ins and marks the older ones superseded", async () => {
    const [day30] = await createDueCheckIns(organizationId, 1);
    const accountId = await accountOf(day30!);
    const kickoff = new Date(Date.now() - 95 * 86_400_000);
    await db.customerAccount.update({ where: { id: accountId }, data: { kickoffDate: kickoff } });
    await db.checkIn.createMany({
      data: [60, 90].map((dayOffset) => ({
        organizationId,
        customerAccountId: accountId,
        dayOffset,
        scheduledFor: new Date(Date.now() - 120_000),
      })),
    });
    await dispatch();
    const rows = await db.checkIn.findMany({ where: { customerAccountId: accountId }, orderBy: { dayOffset: "asc" } });
    expect(rows.map((row) => [row.dayOffset, row.status, row.lastError])).toEqual([
      [30, "SKIPPED", "superseded by day 90"],
      [60, "SKIPPED", "superseded by day 90"],
      [90, "SENT", null],
    ]);
    const sent = rows.flatMap((row) => receivedFor(row.id));
    expect(sent).toHaveLength(1);
    expect(sent[0]!.subject).toMatch(/^Day 90 check-in/);
    // The real count of days, not the offset's: kickoff was 95 days ago.
    expect(sent[0]!.text).toContain("it has been 95 days");
  });

  it("never sends a second check-in to an account on the same day: it stays due for the next day", async () => {
    const [sentToday] = await createDueCheckIns(organizationId, 1);
    const accountId = await accountOf(sentToday!);
    await db.checkIn.update({ where: { id: sentToday! }, data: { status: "SENT", sentAt: new Date(Date.now() - 3_600_000) } });
    const due = await db.checkIn.create({
      data: { organizationId, customerAccountId: accountId, dayOffset: 31, scheduledFor: new Date(Date.now() - 60_000) },
    });
    await dispatch();
    expect(await db.checkIn.findUniqueOrThrow({ where: { id: due.id } })).toMatchObject({ status: "SCHEDULED", attempts: 0 });
    await dispatch({ now: new Date(Date.now() + 86_400_000) });
    expect(await db.checkIn.findUniqueOrThrow({ where: { id: due.id } })).toMatchObject({ status: "SENT" });
  });
});

describe("a back-dated kickoff", () => {
  it("schedules only the offsets still ahead; the passed ones are skipped with the reason, shown on the account", async () => {
    const csm = await createStaff(organizationId, "CSM");
    const kickoff = new Date(Date.now() - 45 * 86_400_000).toISOString().slice(0, 10);
    const account = await createAccount(organizationId, { kickoffDate: kickoff, csmMembershipId: csm.membership.id });
    const list = await callerFor(csm.user).checkIns.list({ accountId: account.id });
    expect(list.map((item) => [item.dayOffset, item.status, item.lastError])).toEqual([
      [30, "SKIPPED", "Day 30 had already passed: the kickoff date is back-dated"],
      [60, "SCHEDULED", null],
      [90, "SCHEDULED", null],
    ]);
  });
});

describe("the fake answers like Resend", () => {
  const client = () => new Resend("re_test_key", { baseUrl: resend.url });
  const email = (to: string) => ({ from: "Onward <a@example.test>", to, subject: "Hi", text: "Hello" });

  it("refuses more than 100 emails in a batch, and a strict batch with one bad address, with 422s", async () => {
    const tooMany = await client().batch.send(Array.from({ length: 101 }, (_, index) => email(`p${index}@example.test`)));
    expect(tooMany.error).toMatchObject({ statusCode: 422, name: "validation_error" });
    const strict = await client().batch.send([email("ok@example.test"), email("not-an-address")]);
    expect(strict.error).toMatchObject({
      statusCode: 422,
      name: "validation_error",
      message: expect.stringMatching(/emails\[1\]/),
    });
  });

  it("keys a whole batch request for a day: same body, first answer; other body, 409 invalid_idempotent_request", async () => {
    const batch = [email("one@example.test"), email("two@example.test")];
    const first = await client().batch.send(batch, { idempotencyKey: "fake-test/1" });
    const again = await client().batch.send(batch, { idempotencyKey: "fake-test/1" });
    expect(again.data).toEqual(first.data);
    const other = await client().batch.send([email("three@example.test")], { idempotencyKey: "fake-test/1" });
    expect(other.error).toMatchObject({ statusCode: 409, name: "invalid_idempotent_request" });
  });

  it("answers 429 with retry-after and ratelimit headers above the team limit", async () => {
    resend.setRequestsPerSecond(1);
    await client().emails.send(email("first@example.test"));
    const limited = await client().emails.send(email("second@example.test"));
    expect(limited.error).toMatchObject({ statusCode: 429, name: "rate_limit_exceeded" });
    expect(limited.headers).toMatchObject({ "retry-after": "1", "ratelimit-limit": "1", "ratelimit-remaining": "0" });
  });
});
