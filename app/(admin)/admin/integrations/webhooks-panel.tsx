"use client";

import { useState } from "react";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/components/trpc-provider";
import { FormMessage, errorText, type Message } from "../_components/form-message";

type Endpoint = { id: string; url: string; description: string | null; eventTypes: string[]; disabledReason: string | null };

// The last deliveries of one endpoint, with redeliver.
function DeliveryLog({ endpointId }: { endpointId: string }) {
  const trpc = useTRPC();
  const deliveries = useQuery(trpc.integrations.webhookDeliveries.queryOptions({ endpointId }));
  const redeliver = useMutation(trpc.integrations.redeliverWebhook.mutationOptions());
  if (!deliveries.data) return <p className="text-zinc-600">Loading deliveries…</p>;
  if (deliveries.data.length === 0) return <p className="text-zinc-600">No deliveries yet.</p>;
  return (
    <table className="mt-2 w-full text-left text-xs">
      <thead>
        <tr className="text-zinc-500">
          <th className="py-1">Event</th>
          <th>Status</th>
          <th>Attempts</th>
          <th>Response</th>
          <th>Duration</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {deliveries.data.map((delivery) => (
          <tr key={delivery.id} className="border-t border-zinc-100">
            <td className="py-1">{delivery.eventType}</td>
            <td>{delivery.status.toLowerCase()}</td>
            <td>{delivery.attempts}</td>
            <td>{delivery.lastStatusCode ?? delivery.lastError ?? "—"}</td>
            <td>{delivery.attemptLog[0] ? `${delivery.attemptLog[0].durationMs} ms` : "—"}</td>
            <td>
              <button
                type="button"
                className="text-indigo-700 underline"
                onClick={async () => {
                  await redeliver.mutateAsync({ deliveryId: delivery.id });
                  await deliveries.refetch();
                }}
              >
                Redeliver
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

// Webhook endpoints: add, rotate the signing secret (shown once), send a test event, see deliveries.
export function WebhooksPanel({ endpoints, eventTypes }: { endpoints: Endpoint[]; eventTypes: readonly string[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.integrations.createWebhookEndpoint.mutationOptions());
  const rotate = useMutation(trpc.integrations.rotateWebhookSecret.mutationOptions());
  const test = useMutation(trpc.integrations.sendTestWebhook.mutationOptions());
  const enable = useMutation(trpc.integrations.enableWebhookEndpoint.mutationOptions());
  const remove = useMutation(trpc.integrations.deleteWebhookEndpoint.mutationOptions());
  const [url, setUrl] = useState("");
  const [types, setTypes] = useState<string[]>(["task.completed"]);
  const [secret, setSecret] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [message, setMessage] = useState<Message>(null);

  async function run(action: () => Promise<unknown>, fallback: string) {
    setMessage(null);
    try {
      await action();
      router.refresh();
    } catch (error) {
      setMessage({ tone: "error", text: errorText(error, fallback) });
    }
  }

  return (
    <section className="space-y-4 rounded-lg bg-white p-6 shadow-sm ring-1 ring-zinc-200">
      <h2 className="font-semibold">Webhooks</h2>
      {secret ? (
        <div role="status" className="rounded-md bg-amber-50 p-3 text-sm ring-1 ring-amber-200">
          <p className="font-medium">Signing secret (shown once): verify webhook-signature with it.</p>
          <code className="mt-1 block break-all">{secret}</code>
        </div>
      ) : null}
      <ul className="divide-y divide-zinc-100 text-sm">
        {endpoints.map((endpoint) => (
          <li key={endpoint.id} className="space-y-1 py-2">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <span className="break-all">
                {endpoint.url} <span className="text-zinc-600">· {endpoint.eventTypes.join(", ")}</span>
                {endpoint.disabledReason ? <span className="text-red-700"> · off: {endpoint.disabledReason}</span> : null}
              </span>
              <span className="flex gap-2">
                <button type="button" className="underline" onClick={() => setOpen(open === endpoint.id ? null : endpoint.id)}>
                  Deliveries
                </button>
                <button
                  type="button"
                  className="underline"
                  onClick={() =>
                    run(async () => {
                      const result = await test.mutateAsync({ endpointId: endpoint.id });
                      setMessage(
                        result.ok
                          ? { tone: "ok", text: `Test event delivered (${result.status}, ${result.durationMs} ms).` }
                          : { tone: "error", text: `Test event failed: ${result.error}` },
                      );
                    }, "The test event was not sent.")
                  }
                >
                  Send test event
                </button>
                <button
                  type="button"
                  className="underline"
                  onClick={() =>
                    run(async () => setSecret((await rotate.mutateAsync({ endpointId: endpoint.id })).secret), "Not rotated.")
                  }
                >
                  Rotate secret
                </button>
                {endpoint.disabledReason ? (
                  <button
                    type="button"
                    className="underline"
                    onClick={() => run(() => enable.mutateAsync({ endpointId: endpoint.id }), "Not enabled.")}
                  >
                    Turn on
                  </button>
                ) : null}
                <button
                  type="button"
                  className="text-red-700 underline"
                  onClick={() => run(() => remove.mutateAsync({ endpointId: endpoint.id }), "Not deleted.")}
                >
                  Delete
                </button>
              </span>
            </div>
            {open === endpoint.id ? <DeliveryLog endpointId={endpoint.id} /> : null}
          </li>
        ))}
        {endpoints.length === 0 ? <li className="py-2 text-zinc-600">No endpoints yet.</li> : null}
      </ul>
      <form
        className="space-y-2 text-sm"
        onSubmit={(event) => {
          event.preventDefault();
          void run(async () => {
            setSecret((await create.mutateAsync({ url, eventTypes: types, description: null })).secret);
            setUrl("");
          }, "The endpoint was not added.");
        }}
      >
        <label className="flex flex-col">
          Endpoint URL
          <input
            type="url"
            required
            className="rounded-md border border-zinc-300 px-2 py-1"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            placeholder="https://example.com/hooks/onward"
          />
        </label>
        <fieldset className="flex flex-wrap gap-3">
          <legend className="mb-1">Events</legend>
          {eventTypes.map((type) => (
            <label key={type} className="flex items-center gap-1">
              <input
                type="checkbox"
                checked={types.includes(type)}
                onChange={(e) => setTypes(e.target.checked ? [...types, type] : types.filter((t) => t !== type))}
              />
              {type}
            </label>
          ))}
        </fieldset>
        <button type="submit" disabled={create.isPending} className="rounded-md bg-indigo-600 px-3 py-1.5 text-white">
          Add endpoint
        </button>
      </form>
      <FormMessage message={message} />
    </section>
  );
}
