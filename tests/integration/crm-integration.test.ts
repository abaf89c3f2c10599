// The integration a vendor sets up on day one, end to end: their CRM creates the account through the REST
// API (twice, as CRM workflows do), the champion is invited, a task completion reaches their webhook
// receiver signed per Standard Webhooks, and an alert posts to their Slack channel.
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../server/db";
import { proveOrganization } from "../../server/identity/scope";
import { createApiKey } from "../../server/integrations/api-keys/manage-api-keys";
import { connectSlack } from "../../server/integrations/slack/manage-slack-connections";
import { deliverDueWebhooks } from "../../server/integrations/webhooks/deliver-webhooks";
import { createWebhookEndpoint } from "../../server/integrations/webhooks/manage-webhook-endpoints";
import { signWebhook } from "../../server/integrations/webhooks/sign-webhook";
import { deliverEvents } from "../../server/platform/events";
import { eventSubscribers } from "../../server/jobs/event-subscribers";
import { raiseAlerts } from "../../server/success/alerts/raise-alerts";
import { createOrganization, createStaff, createTemplate } from "../support/factories";
import { startRecordingReceiver } from "../support/recording-receiver";
import { callRest } from "../support/rest-client";

let receiver: Awaited<ReturnType<typeof startRecordingReceiver>>;

beforeAll(async () => {
  receiver = await startRecordingReceiver();
});
afterAll(() => receiver.close());

describe("a CRM-driven onboarding", () => {
  it("creates one account per external id, invites the champion, signs task webhooks and posts alerts to Slack", async () => {
    const organization = await createOrganization("Crm Vendor");
    const orgId = proveOrganization(organization.id);
    const admin = await createStaff(organization.id, "ADMIN");
    const csm = await createStaff(organization.id, "CSM");
    const { template } = await createTemplate(organization.id, [
      { title: "Kickoff", tasks: [{ title: "Connect the CRM", owner: "VENDOR" }, { title: "Say hello" }] },
    ]);
    const { token } = await createApiKey(orgId, admin.user.id, { name: "HubSpot", scopes: ["read", "write"], expiresAt: null });
    const { secret } = await createWebhookEndpoint(orgId, admin.user.id, {
      url: `${receiver.url}/onward-hooks`,
      eventTypes: ["task.completed"],
      description: "CRM sync",
    });
    await connectSlack({ organizationId: orgId, membershipId: admin.membership.id, role: "ADMIN" }, admin.user.id, {
      target: "organization",
      webhookUrl: `${receiver.url}/slack`,
    });

    // A running worker has registered the subscribers (events.deliver runs when it starts); a subscriber
    // receives the events recorded from then on.
    await deliverEvents({ subscribers: eventSubscribers });

    const deal = {
      name: "Globex",
      templateId: template.id,
      kickoffDate: "2026-12-01",
      timezone: "Europe/Sofia",
      csmMembershipId: csm.membership.id,
      championEmail: "Grace@Globex.example",
      championName: "Grace",
      externalId: "hubspot-deal-4711",
    };
    const first = await callRest("POST", "/accounts", { key: token, body: deal });
    const second = await callRest("POST", "/accounts", { key: token, body: deal });
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.body!.id).toBe(first.body!.id);
    expect(await db.customerAccount.count({ where: { organizationId: orgId, externalId: "hubspot-deal-4711" } })).toBe(1);
    const accountId = first.body!.id as string;

    const invitations = await db.invitation.findMany({ where: { customerAccountId: accountId } });
    expect(invitations.map((invitation) => [invitation.email, invitation.accountRole])).toEqual([
      ["grace@globex.example", "CHAMPION"],
    ]);
    expect(await db.emailLog.count({ where: { toEmail: "grace@globex.example", template: "invitation" } })).toBe(1);

    const tasks = await callRest("GET", `/accounts/${accountId}/tasks`, { key: token });
    const vendorTask = (tasks.body!.data as { id: string; title: string }[]).find((task) => task.title === "Connect the CRM")!;
    const done = await callRest("POST", `/accounts/${accountId}/tasks/${vendorTask.id}/complete`, {
      key: token,
      body: { note: "Synced" },
    });
    expect(done.status).toBe(200);
    expect(done.body!.status).toBe("DONE");

    await deliverEvents({ subscribers: eventSubscribers });
    await deliverDueWebhooks();
    const hooks = receiver.requests.filter((request) => request.path === "/onward-hooks");
    expect(hooks).toHaveLength(1);
    const hook = hooks[0]!;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test code reads JSON responses loosely
    const verified = new Webhook(secret).verify(hook.body, hook.headers as Record<string, string>) as Record<string, any>;
    expect(verified).toMatchObject({ type: "task.completed", version: 1, organizationId: orgId });
    expect(verified.data).toMatchObject({ accountId, taskId: vendorTask.id, title: "Connect the CRM" });
    expect(hook.headers["webhook-id"]).toBe(verified.id);
    // The independent verifier refuses a tampered body and a stale timestamp.
    expect(() =>
      new Webhook(secret).verify(hook.body.replace("Connect", "Disconnect"), hook.headers as Record<string, string>),
    ).toThrow();
    const stale = signWebhook(secret, "evt_old", new Date(Date.now() - 10 * 60_000), hook.body);
    expect(() => new Webhook(secret).verify(hook.body, stale)).toThrow();

    await db.$transaction((tx) =>
      raiseAlerts(tx, [
        {
          organizationId: orgId,
          customerAccountId: accountId,
          kind: "STALLED",
          dedupeKey: `stalled:${accountId}`,
          data: { days: 9, limit: 7 },
        },
      ]),
    );
    await deliverEvents({ subscribers: eventSubscribers });
    const posts = receiver.requests.filter((request) => request.path === "/slack");
    expect(posts).toHaveLength(1);
    const message = JSON.parse(posts[0]!.body) as {
      text: string;
      blocks: { type: string; text?: { text: string }; elements?: { url?: string }[] }[];
    };
    expect(message.text).toContain("Globex");
    expect(message.blocks[0]!.type).toBe("section");
    expect(message.blocks[0]!.text!.text).toContain("Globex");
    expect(message.blocks.at(-1)!.elements![0]!.url).toMatch(new RegExp(`/workspace/accounts/${accountId}$`));
  });
});
