"use client";

import { useState, type FormEvent } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useTRPC } from "@/components/trpc-provider";
import type { AppRouter } from "@/server/routers/_app";

type HelpItem = inferRouterOutputs<AppRouter>["help"]["listForAccount"][number];
const moment = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short" });
const who = (person: { name: string | null; email: string } | null) => (person ? (person.name ?? person.email) : "someone");

// The CSM's view of an account's help requests: read, reply, resolve. Loads itself so the workspace
// page only has to place it.
export function HelpRequestsPanel({ accountId }: { accountId: string }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.help.listForAccount.queryOptions({ accountId }));
  const open = query.data?.filter((item) => item.status === "OPEN").length ?? 0;
  return (
    <section aria-labelledby="help-requests-heading" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-zinc-200 sm:p-6">
      <h2 id="help-requests-heading" className="font-semibold">
        Help requests{" "}
        {open > 0 && <span className="ml-1 rounded-full bg-amber-100 px-2 text-sm text-amber-900">{open} open</span>}
      </h2>
      {query.isPending && <p className="mt-2 text-sm text-zinc-600">Loading help requests…</p>}
      {query.isError && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          Help requests could not be loaded: {query.error.message}{" "}
          <button type="button" className="underline" onClick={() => query.refetch()}>
            Try again
          </button>
        </p>
      )}
      {query.data && query.data.length === 0 && (
        <p className="mt-2 text-sm text-zinc-600">No help requests from this account yet.</p>
      )}
      {query.data && query.data.length > 0 && (
        <ul className="mt-2 space-y-3" data-testid="csm-help-requests">
          {query.data.map((item) => (
            <HelpRequestItem key={item.id} accountId={accountId} item={item} />
          ))}
        </ul>
      )}
    </section>
  );
}

function HelpRequestItem({ accountId, item }: { accountId: string; item: HelpItem }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const refresh = {
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.help.listForAccount.queryKey({ accountId }) }),
  };
  const reply = useMutation(trpc.help.reply.mutationOptions(refresh));
  const resolve = useMutation(trpc.help.resolve.mutationOptions(refresh));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await reply.mutateAsync({ accountId, helpRequestId: item.id, body });
      setBody("");
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : "The reply was not sent.");
    }
  }

  async function markResolved() {
    setError(null);
    try {
      await resolve.mutateAsync({ accountId, helpRequestId: item.id });
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : "Could not resolve the request.");
    }
  }

  return (
    <li className="rounded-md border border-zinc-200 p-3">
      <p className="text-sm text-zinc-600">
        <span
          className={`mr-1 rounded px-1.5 text-xs font-semibold ${item.status === "OPEN" ? "bg-amber-100 text-amber-900" : "bg-green-100 text-green-900"}`}
        >
          {item.status === "OPEN" ? "open" : "resolved"}
        </span>
        {who(item.requester)} · {moment.format(item.createdAt)}
        {item.task ? ` · on “${item.task.title}”` : ""}
      </p>
      <p className="mt-1 whitespace-pre-wrap">{item.message}</p>
      {item.replies.map((entry) => (
        <p key={entry.id} className="mt-2 whitespace-pre-wrap border-l-2 border-indigo-200 pl-3 text-sm text-zinc-700">
          <span className="font-medium">{who(entry.author)}:</span> {entry.body}
        </p>
      ))}
      {item.status === "OPEN" && (
        <form onSubmit={submit} className="mt-2 space-y-2" aria-label={`Reply to ${who(item.requester)}`}>
          <label htmlFor={`reply-${item.id}`} className="sr-only">
            Reply
          </label>
          <textarea
            id={`reply-${item.id}`}
            required
            rows={2}
            maxLength={4000}
            value={body}
            onChange={(event) => setBody(event.target.value)}
            className="w-full rounded-md border border-zinc-300 px-3 py-2 text-sm"
            placeholder="Write a reply"
          />
          <div className="flex flex-wrap gap-2">
            <button
              disabled={reply.isPending}
              className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60"
            >
              Send reply
            </button>
            <button
              type="button"
              disabled={resolve.isPending}
              onClick={markResolved}
              className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-semibold hover:bg-zinc-50"
            >
              Mark resolved
            </button>
          </div>
        </form>
      )}
      {error && (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </li>
  );
}
