"use client";

import { useState } from "react";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc-provider";

const filters = [
  ["all", "Everything"],
  ["tasks", "Tasks"],
  ["goals", "Goals"],
  ["checkIns", "Check-ins"],
  ["help", "Help"],
  ["vendor", "Our team"],
  ["people", "People"],
] as const;

type Filter = (typeof filters)[number][0];

function describe(type: string, data: unknown): string {
  const details = (data ?? {}) as Record<string, unknown>;
  const title = typeof details.title === "string" ? `: ${details.title}` : "";
  const preview = typeof details.preview === "string" ? ` — ${details.preview}` : "";
  return `${type.replace(".", " ").replace(/-/g, " ")}${title}${preview}`;
}

// The account's whole history, newest first, filterable, loaded a page at a time.
export function TimelinePanel({ accountId }: { accountId: string }) {
  const trpc = useTRPC();
  const [filter, setFilter] = useState<Filter>("all");
  const query = useInfiniteQuery(
    trpc.account.timeline.infiniteQueryOptions(
      { accountId, filter, limit: 30 },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const events = query.data?.pages.flatMap((page) => page.events) ?? [];
  return (
    <section aria-labelledby="timeline-heading" className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-zinc-200">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="timeline-heading" className="font-semibold">
          Timeline
        </h2>
        <div role="group" aria-label="Filter the timeline" className="flex flex-wrap gap-1">
          {filters.map(([value, label]) => (
            <button
              key={value}
              type="button"
              aria-pressed={filter === value}
              onClick={() => setFilter(value)}
              className={`rounded-full px-2.5 py-0.5 text-xs font-medium ${filter === value ? "bg-indigo-600 text-white" : "bg-zinc-100 text-zinc-700"}`}
            >
              {label}
            </button>
          ))}
        </div>
      </div>
      {query.error && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {query.error.message}
        </p>
      )}
      <ol className="mt-3 space-y-2" data-testid="timeline">
        {events.map((event) => (
          <li key={event.id} className="flex gap-3 text-sm" data-testid="timeline-event">
            <time className="w-36 shrink-0 text-xs text-zinc-500" dateTime={new Date(event.createdAt).toISOString()}>
              {new Date(event.createdAt).toISOString().slice(0, 16).replace("T", " ")}
            </time>
            <span>
              <span className="font-medium">
                {event.actor?.name ?? event.actor?.email ?? (event.actorKind === "SYSTEM" ? "Onward" : "Someone")}
              </span>{" "}
              <span className="text-zinc-700">{describe(event.type, event.data)}</span>
            </span>
          </li>
        ))}
        {!query.isLoading && events.length === 0 && <li className="text-sm text-zinc-600">Nothing here yet.</li>}
      </ol>
      {query.hasNextPage && (
        <button
          type="button"
          onClick={() => query.fetchNextPage()}
          disabled={query.isFetchingNextPage}
          className="mt-3 rounded-md border border-zinc-300 px-3 py-1 text-sm"
        >
          {query.isFetchingNextPage ? "Loading…" : "Older events"}
        </button>
      )}
    </section>
  );
}
