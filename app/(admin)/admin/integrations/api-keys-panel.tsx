"use client";

import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/components/trpc-provider";
import { FormMessage, errorText, type Message } from "../_components/form-message";

type Key = {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdBy: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

const scopes = ["read", "write", "events"] as const;
const day = (iso: string | null) => (iso ? iso.slice(0, 10) : "never");

// Create and revoke API keys; a new key's secret is shown here once and never again.
export function ApiKeysPanel({ keys }: { keys: Key[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.integrations.createApiKey.mutationOptions());
  const revoke = useMutation(trpc.integrations.revokeApiKey.mutationOptions());
  const [name, setName] = useState("");
  const [chosen, setChosen] = useState<string[]>(["read", "write"]);
  const [expires, setExpires] = useState("");
  const [secret, setSecret] = useState<string | null>(null);
  const [message, setMessage] = useState<Message>(null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setMessage(null);
    try {
      const created = await create.mutateAsync({
        name,
        scopes: chosen as (typeof scopes)[number][],
        expiresAt: expires ? new Date(`${expires}T00:00:00Z`).toISOString() : null,
      });
      setSecret(created.token);
      setName("");
      router.refresh();
    } catch (error) {
      setMessage({ tone: "error", text: errorText(error, "The key was not created.") });
    }
  }

  return (
    <section className="space-y-4 rounded-lg bg-white p-6 shadow-sm ring-1 ring-zinc-200">
      <h2 className="font-semibold">API keys</h2>
      {secret ? (
        <div role="status" className="rounded-md bg-amber-50 p-3 text-sm ring-1 ring-amber-200">
          <p className="font-medium">Copy this key now: it will not be shown again.</p>
          <code className="mt-1 block break-all">{secret}</code>
        </div>
      ) : null}
      <ul className="divide-y divide-zinc-100 text-sm">
        {keys.map((key) => (
          <li key={key.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span>
              <span className="font-medium">{key.name}</span> <code className="text-zinc-500">onw_{key.prefix}_…</code>{" "}
              <span className="text-zinc-600">
                · {key.scopes.join(", ")} · by {key.createdBy} · last used {day(key.lastUsedAt)}
                {key.expiresAt ? ` · expires ${day(key.expiresAt)}` : ""}
              </span>
            </span>
            {key.revokedAt ? (
              <span className="text-zinc-500">revoked {day(key.revokedAt)}</span>
            ) : (
              <button
                type="button"
                className="rounded-md px-2 py-1 text-red-700 ring-1 ring-red-200"
                onClick={async () => {
                  await revoke.mutateAsync({ apiKeyId: key.id });
                  router.refresh();
                }}
              >
                Revoke
              </button>
            )}
          </li>
        ))}
        {keys.length === 0 ? <li className="py-2 text-zinc-600">No keys yet.</li> : null}
      </ul>
      <form onSubmit={submit} className="flex flex-wrap items-end gap-3 text-sm">
        <label className="flex flex-col">
          Name
          <input
            className="rounded-md border border-zinc-300 px-2 py-1"
            value={name}
            onChange={(e) => setName(e.target.value)}
            required
          />
        </label>
        <fieldset className="flex gap-2">
          <legend className="sr-only">Scopes</legend>
          {scopes.map((scope) => (
            <label key={scope} className="flex items-center gap-1">
              <input
                type="checkbox"
                checked={chosen.includes(scope)}
                onChange={(e) => setChosen(e.target.checked ? [...chosen, scope] : chosen.filter((s) => s !== scope))}
              />
              {scope}
            </label>
          ))}
        </fieldset>
        <label className="flex flex-col">
          Expires (optional)
          <input
            type="date"
            className="rounded-md border border-zinc-300 px-2 py-1"
            value={expires}
            onChange={(e) => setExpires(e.target.value)}
          />
        </label>
        <button type="submit" disabled={create.isPending} className="rounded-md bg-indigo-600 px-3 py-1.5 text-white">
          Create key
        </button>
      </form>
      <FormMessage message={message} />
    </section>
  );
}
