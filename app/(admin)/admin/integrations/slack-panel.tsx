"use client";

import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/components/trpc-provider";
import { FormMessage, errorText, type Message } from "../_components/form-message";

// Slack incoming webhooks: the organization's channel and the admin's own (alerts, negative check-ins,
// help requests, the daily digest).
export function SlackPanel(props: { organizationConnected: boolean; mineConnected: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const connect = useMutation(trpc.integrations.connectSlack.mutationOptions());
  const disconnect = useMutation(trpc.integrations.disconnectSlack.mutationOptions());
  const [urls, setUrls] = useState({ organization: "", me: "" });
  const [message, setMessage] = useState<Message>(null);

  const row = (target: "organization" | "me", label: string, connected: boolean) => (
    <form
      key={target}
      className="flex flex-wrap items-end gap-2"
      onSubmit={async (event) => {
        event.preventDefault();
        setMessage(null);
        try {
          await connect.mutateAsync({ target, webhookUrl: urls[target] });
          setUrls({ ...urls, [target]: "" });
          setMessage({ tone: "ok", text: `${label} connected.` });
          router.refresh();
        } catch (error) {
          setMessage({ tone: "error", text: errorText(error, "Not connected.") });
        }
      }}
    >
      <label className="flex min-w-72 flex-col">
        {label} {connected ? <span className="text-green-700">(connected)</span> : null}
        <input
          type="url"
          required
          placeholder="https://hooks.slack.com/services/…"
          className="rounded-md border border-zinc-300 px-2 py-1"
          value={urls[target]}
          onChange={(e) => setUrls({ ...urls, [target]: e.target.value })}
        />
      </label>
      <button type="submit" className="rounded-md bg-indigo-600 px-3 py-1.5 text-white">
        {connected ? "Replace" : "Connect"}
      </button>
      {connected ? (
        <button
          type="button"
          className="underline"
          onClick={async () => {
            await disconnect.mutateAsync({ target });
            router.refresh();
          }}
        >
          Disconnect
        </button>
      ) : null}
    </form>
  );

  return (
    <section className="space-y-3 rounded-lg bg-white p-6 shadow-sm ring-1 ring-zinc-200 text-sm">
      <h2 className="text-base font-semibold">Slack</h2>
      {row("organization", "Organization channel", props.organizationConnected)}
      {row("me", "My own channel (my accounts and my daily digest)", props.mineConnected)}
      <FormMessage message={message} />
    </section>
  );
}
