import type { Metadata } from "next";
import Link from "next/link";
import { guarded } from "@/app/_lib/guarded";
import { serverApi } from "@/server/trpc/server-caller";
import { ApiKeysPanel } from "./api-keys-panel";
import { SlackPanel } from "./slack-panel";
import { WebhooksPanel } from "./webhooks-panel";

export const metadata: Metadata = { title: "Integrations" };

export default async function IntegrationsPage() {
  const api = await serverApi();
  const [keys, { endpoints, eventTypes }, slack] = await guarded(
    Promise.all([api.integrations.apiKeys(), api.integrations.webhookEndpoints(), api.integrations.slackStatus()]),
  );
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-xl font-semibold">Integrations</h1>
        <Link href="/docs/api" className="text-sm text-indigo-700 underline">
          API reference
        </Link>
      </div>
      <ApiKeysPanel
        keys={keys.map((key) => ({
          id: key.id,
          name: key.name,
          prefix: key.prefix,
          scopes: key.scopes,
          createdBy: key.createdBy?.name ?? key.createdBy?.email ?? "a former admin",
          expiresAt: key.expiresAt?.toISOString() ?? null,
          lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
          revokedAt: key.revokedAt?.toISOString() ?? null,
        }))}
      />
      <WebhooksPanel
        eventTypes={eventTypes}
        endpoints={endpoints.map((endpoint) => ({
          id: endpoint.id,
          url: endpoint.url,
          description: endpoint.description,
          eventTypes: endpoint.eventTypes,
          disabledReason: endpoint.disabledAt ? (endpoint.disabledReason ?? "Turned off") : null,
        }))}
      />
      <SlackPanel organizationConnected={slack.organizationConnectedAt !== null} mineConnected={slack.mineConnectedAt !== null} />
    </div>
  );
}
