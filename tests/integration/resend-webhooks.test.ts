// Resend's delivery webhooks: a bad signature is rejected and changes nothing; a valid one updates the
// email log by provider id; a repeated delivery is ignored; a hard bounce flags the person and alerts
// the account's CSM.
import { randomUUID } from "node:crypto";
import { Webhook } from "svix";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "../../server/db";
import { describeAlert } from "../../lib/alerts/describe-alert";
import { createTwoTenants } from "../support/factories";

const secret = `whsec_${Buffer.from("a-test-webhook-secret-of-some-length").toString("base64")}`;
let tenants: Awaited<ReturnType<typeof createTwoTenants>>;
let POST: (request: Request) => Promise<Response>;

beforeAll(async () => {
  vi.resetModules();
  process.env.RESEND_WEBHOOK_SECRET = secret;
  POST = (await import("../../app/api/webhooks/resend/route")).POST;
  tenants = await createTwoTenants();
});

afterAll(() => {
  delete process.env.RESEND_WEBHOOK_SECRET;
});

async function loggedEmail(to: string) {
  return db.emailLog.create({
    data: {
      organizationId: tenants.victim.organization.id,
      toEmail: to,
      subject: "Day 30 check-in",
      template: "check-in",
      category: "check-ins",
      transport: "RESEND",
      status: "SENT",
      idempotencyKey: `webhook-test:${randomUUID()}`,
      providerId: randomUUID(),
    },
  });
}

function signedRequest(payload: object, options: { id?: string; signWith?: string } = {}) {
  const id = options.id ?? `msg_${randomUUID()}`;
  const body = JSON.stringify(payload);
  const timestamp = new Date();
  const signature = new Webhook(options.signWith ?? secret).sign(id, timestamp, body);
  return new Request("http://localhost/api/webhooks/resend", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "svix-id": id,
      "svix-timestamp": String(Math.floor(timestamp.getTime() / 1000)),
      "svix-signature": signature,
    },
    body,
  });
}

describe("POST /api/webhooks/resend", () => {
  it("rejects a request with a bad or missing signature and changes nothing", async () => {
    const log = await loggedEmail(tenants.victim.champion.user.email);
    const event = { type: "email.bounced", data: { email_id: log.providerId, bounce: { type: "Permanent" } } };
    const otherSecret = `whsec_${Buffer.from("somebody-else-entirely-12345").toString("base64")}`;
    expect((await POST(signedRequest(event, { signWith: otherSecret }))).status).toBe(401);
    const unsigned = new Request("http://localhost/api/webhooks/resend", { method: "POST", body: JSON.stringify(event) });
    expect((await POST(unsigned)).status).toBe(401);
    expect(await db.emailLog.findUniqueOrThrow({ where: { id: log.id } })).toMatchObject({ status: "SENT" });
    expect(await db.user.findUniqueOrThrow({ where: { id: tenants.victim.champion.user.id } })).toMatchObject({
      emailBouncedAt: null,
    });
  });

  it("records delivered then opened, never going back, and ignores a repeated delivery", async () => {
    const log = await loggedEmail(tenants.victim.member.user.email);
    const delivered = signedRequest(
      { type: "email.delivered", data: { email_id: log.providerId } },
      { id: "msg_delivered_once" },
    );
    expect(await (await POST(delivered)).json()).toEqual({ outcome: "updated" });
    expect(await db.emailLog.findUniqueOrThrow({ where: { id: log.id } })).toMatchObject({ status: "DELIVERED" });
    await POST(signedRequest({ type: "email.opened", data: { email_id: log.providerId } }));
    const again = signedRequest({ type: "email.delivered", data: { email_id: log.providerId } }, { id: "msg_delivered_once" });
    expect(await (await POST(again)).json()).toEqual({ outcome: "duplicate" });
    // A late "delivered" (new delivery id) does not hide that it was opened.
    await POST(signedRequest({ type: "email.delivered", data: { email_id: log.providerId } }));
    expect(await db.emailLog.findUniqueOrThrow({ where: { id: log.id } })).toMatchObject({ status: "OPENED" });
  });

  it("flags a hard-bounced address and alerts the account's CSM once", async () => {
    const { champion, account } = tenants.victim;
    const log = await loggedEmail(champion.user.email);
    const bounce = {
      type: "email.bounced",
      data: { email_id: log.providerId, bounce: { type: "Permanent", message: "No such user" } },
    };
    expect((await POST(signedRequest(bounce))).status).toBe(200);
    expect((await POST(signedRequest(bounce))).status).toBe(200);
    expect(await db.emailLog.findUniqueOrThrow({ where: { id: log.id } })).toMatchObject({
      status: "BOUNCED",
      error: "No such user",
    });
    const user = await db.user.findUniqueOrThrow({ where: { id: champion.user.id } });
    expect(user.emailBouncedAt).not.toBeNull();
    const alerts = await db.alert.findMany({ where: { customerAccountId: account.id, kind: "EMAIL_BOUNCED", resolvedAt: null } });
    expect(alerts).toHaveLength(1);
    expect(describeAlert(alerts[0]!)).toContain(champion.user.email);
  });

  it("shows a delayed delivery, then the delivery; a failed send with Resend's reason", async () => {
    const delayed = await loggedEmail(tenants.victim.member.user.email);
    await POST(signedRequest({ type: "email.delivery_delayed", data: { email_id: delayed.providerId } }));
    expect(await db.emailLog.findUniqueOrThrow({ where: { id: delayed.id } })).toMatchObject({
      status: "DELIVERY_DELAYED",
      error: expect.stringMatching(/delayed/),
    });
    await POST(signedRequest({ type: "email.delivered", data: { email_id: delayed.providerId } }));
    expect(await db.emailLog.findUniqueOrThrow({ where: { id: delayed.id } })).toMatchObject({ status: "DELIVERED" });
    const failed = await loggedEmail(tenants.victim.member.user.email);
    await POST(
      signedRequest({ type: "email.failed", data: { email_id: failed.providerId, failed: { reason: "Domain not verified" } } }),
    );
    expect(await db.emailLog.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({
      status: "FAILED",
      error: "Domain not verified",
    });
  });

  it("stops non-essential mail to a suppressed address and alerts the CSM once", async () => {
    const { member, account } = tenants.attacker;
    const log = await db.emailLog.update({
      where: { id: (await loggedEmail(member.user.email)).id },
      data: { organizationId: tenants.attacker.organization.id },
    });
    const suppressed = {
      type: "email.suppressed",
      data: { email_id: log.providerId, suppressed: { type: "OnAccountSuppressionList" } },
    };
    await POST(signedRequest(suppressed));
    await POST(signedRequest(suppressed));
    expect(await db.emailLog.findUniqueOrThrow({ where: { id: log.id } })).toMatchObject({ status: "SUPPRESSED" });
    expect((await db.user.findUniqueOrThrow({ where: { id: member.user.id } })).emailBouncedAt).not.toBeNull();
    const alerts = await db.alert.findMany({ where: { customerAccountId: account.id, kind: "EMAIL_BOUNCED", resolvedAt: null } });
    expect(alerts).toHaveLength(1);
    expect(describeAlert(alerts[0]!)).toMatch(/suppressed by Resend/);
  });
});
