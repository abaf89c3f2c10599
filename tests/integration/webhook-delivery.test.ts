// Webhook delivery against a local receiver: retries with backoff after failures, gives up after about
// a day, turns an endpoint off after days of failure (emailing the admins), redelivers on request and
// sends a test event.
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../server/db";
import { proveOrganization } from "../../server/identity/scope";
import { deliverDueWebhooks, retryDelaysMs } from "../../server/integrations/webhooks/deliver-webhooks";
import { createWebhookEndpoint } from "../../server/integrations/webhooks/manage-webhook-endpoints";
import {
  queueWebhookDeliveries,
  redeliverWebhook,
  sendTestWebhook,
} from "../../server/integrations/webhooks/queue-webhook-deliveries";
import { createAccount, createOrganization, createStaff } from "../support/factories";
import { startRecordingReceiver } from "../support/recording-receiver";

let failing = true;
let receiver: Awaited<ReturnType<typeof startRecordingReceiver>>;
beforeAll(async () => {
  receiver = await startRecordingReceiver(() => (failing ? 503 : 204));
});
afterAll(() => receiver.close());

async function setUp() {
  const organization = await createOrganization("Hooks");
  const orgId = proveOrganization(organization.id);
  const admin = await createStaff(organization.id, "ADMIN");
  const account = await createAccount(organization.id);
  const endpoint = await createWebhookEndpoint(orgId, admin.user.id, {
    url: `${receiver.url}/hooks/${organization.id}`,
    eventTypes: ["goal.updated"],
    description: null,
  });
  const event = {
    id: `evt_${organization.id}`,
    type: "goal.updated" as const,
    organizationId: organization.id,
    accountId: account.id,
    occurredAt: new Date("2026-12-01T08:00:00Z"),
    data: { accountId: account.id, goalId: "goal-1", currentValue: 3 },
  };
  return { organization, orgId, admin, endpoint, event };
}

const hitsFor = (organizationId: string) => receiver.requests.filter((request) => request.path === `/hooks/${organizationId}`);

describe("webhook delivery", () => {
  it("retries with backoff, succeeds once, and queues an event handed over twice only once", async () => {
    const { organization, endpoint, event } = await setUp();
    expect(await queueWebhookDeliveries(event)).toBe(1);
    expect(await queueWebhookDeliveries(event)).toBe(0);
    failing = true;
    // Rows are due from their creation (the real clock); the test moves time forward from there.
    let now = new Date(Date.now() + 1000);
    await deliverDueWebhooks({ now });
    const afterFailure = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id } });
    expect(afterFailure).toMatchObject({ status: "PENDING", attempts: 1, lastStatusCode: 503 });
    expect(afterFailure.nextAttemptAt!.getTime() - now.getTime()).toBe(retryDelaysMs[0]);
    // Not due yet: nothing is sent.
    await deliverDueWebhooks({ now: new Date(now.getTime() + 1000) });
    expect(hitsFor(organization.id)).toHaveLength(1);
    failing = false;
    now = new Date(now.getTime() + retryDelaysMs[0]!);
    await deliverDueWebhooks({ now });
    const delivered = await db.webhookDelivery.findFirstOrThrow({
      where: { endpointId: endpoint.id },
      include: { attemptLog: true },
    });
    expect(delivered).toMatchObject({ status: "SUCCEEDED", attempts: 2, lastStatusCode: 204 });
    expect(delivered.attemptLog.map((attempt) => attempt.statusCode).sort()).toEqual([204, 503]);
    const hits = hitsFor(organization.id);
    expect(hits).toHaveLength(2);
    // Both attempts carry the same webhook-id, so the receiver deduplicates them.
    expect(new Set(hits.map((hit) => hit.headers["webhook-id"]))).toEqual(new Set([event.id]));
    expect(new Webhook(endpoint.secret).verify(hits[1]!.body, hits[1]!.headers as Record<string, string>)).toMatchObject({
      type: "goal.updated",
    });
  });

  it("gives up after about a day, turns the endpoint off after days of failure and tells the admins", async () => {
    const { organization, admin, orgId, endpoint, event } = await setUp();
    failing = true;
    await queueWebhookDeliveries(event);
    let now = new Date(Date.now() + 1000);
    const start = now;
    for (let attempt = 0; attempt <= retryDelaysMs.length; attempt++) {
      await deliverDueWebhooks({ now });
      now = new Date(now.getTime() + (retryDelaysMs[attempt] ?? 0));
    }
    const gaveUp = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id } });
    expect(gaveUp).toMatchObject({ status: "FAILED", attempts: retryDelaysMs.length + 1 });
    const total = retryDelaysMs.reduce((sum, delay) => sum + delay, 0);
    expect(total).toBeGreaterThan(24 * 3_600_000);
    expect((await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).disabledAt).toBeNull();

    // Still failing three days after the first failure: the endpoint is turned off and the admins told.
    await redeliverWebhook(orgId, gaveUp.id);
    await deliverDueWebhooks({ now: new Date(start.getTime() + 3 * 24 * 3_600_000 + 60_000) });
    const off = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(off.disabledAt).not.toBeNull();
    expect(await db.emailLog.count({ where: { toEmail: admin.user.email, template: "webhook-disabled" } })).toBe(1);
    // A turned-off endpoint gets nothing more.
    const before = hitsFor(organization.id).length;
    await redeliverWebhook(orgId, gaveUp.id);
    await deliverDueWebhooks({ now: new Date(start.getTime() + 4 * 24 * 3_600_000) });
    expect(hitsFor(organization.id)).toHaveLength(before);
  });

  it("sends a signed test event on request", async () => {
    const { organization, orgId, endpoint } = await setUp();
    failing = false;
    const result = await sendTestWebhook(orgId, endpoint.id);
    expect(result).toMatchObject({ ok: true, status: 204 });
    const hit = hitsFor(organization.id).at(-1)!;
    expect(new Webhook(endpoint.secret).verify(hit.body, hit.headers as Record<string, string>)).toMatchObject({
      type: "webhook.test",
    });
  });
});
