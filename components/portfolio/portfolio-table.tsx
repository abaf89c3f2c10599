"use client";

import { useState } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { ProgressBar } from "@/components/progress-bar";
import { useTRPC } from "@/components/trpc-provider";
import type { PortfolioQueryInput } from "@/lib/success/portfolio-query";
import { HealthBadge, ScheduleBadge } from "./badges";
import { PortfolioControls } from "./portfolio-controls";
import { checkInAnswerLabels } from "@/lib/engagement/check-in-answers";

type SortKey = NonNullable<PortfolioQueryInput["sort"]>;

const columns: { key: SortKey | null; label: string }[] = [
  { key: "name", label: "Account" },
  { key: "health", label: "Health" },
  { key: "progress", label: "Progress" },
  { key: null, label: "Schedule" },
  { key: "lastActivity", label: "Customer active" },
  { key: "vendorTouch", label: "We reached out" },
  { key: "overdue", label: "Overdue" },
  { key: "nextCheckIn", label: "Next check-in" },
  { key: null, label: "Help" },
  { key: null, label: "CSM" },
];

const ago = (days: number | null) => (days === null ? "never" : days === 0 ? "today" : `${days} d ago`);

function exportHref(query: PortfolioQueryInput): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== null && value !== undefined && value !== "") params.set(key, String(value));
  return `/api/portfolio/export?${params.toString()}`;
}

export function PortfolioTable({
  templates,
  initialScope,
}: {
  templates: { id: string; name: string }[];
  initialScope: "mine" | "all";
}) {
  const trpc = useTRPC();
  const [query, setQuery] = useState<PortfolioQueryInput>({
    scope: initialScope,
    filter: "any",
    sort: "health",
    direction: "asc",
    page: 1,
    pageSize: 25,
    search: "",
  });
  const result = useQuery({ ...trpc.portfolio.list.queryOptions(query), placeholderData: keepPreviousData });
  const update = (patch: Partial<PortfolioQueryInput>) => setQuery((current) => ({ ...current, ...patch }));
  const sortBy = (key: SortKey) =>
    update({ sort: key, direction: query.sort === key && query.direction === "asc" ? "desc" : "asc", page: 1 });
  const total = result.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / (query.pageSize ?? 25)));

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <PortfolioControls query={query} templates={templates} onChange={update} />
        <a
          className="rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-zinc-50"
          href={exportHref(query)}
        >
          Export CSV
        </a>
      </div>
      {result.error && (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          Could not load accounts: {result.error.message}
        </p>
      )}
      <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-zinc-200" aria-busy={result.isFetching}>
        <table className="min-w-full text-sm">
          <thead className="bg-zinc-50 text-left text-xs uppercase tracking-wide text-zinc-600">
            <tr>
              {columns.map((column) => (
                <th
                  key={column.label}
                  scope="col"
                  className="whitespace-nowrap px-3 py-2"
                  aria-sort={
                    column.key && query.sort === column.key
                      ? query.direction === "desc"
                        ? "descending"
                        : "ascending"
                      : undefined
                  }
                >
                  {column.key ? (
                    <button type="button" className="uppercase hover:underline" onClick={() => sortBy(column.key!)}>
                      {column.label}
                      {query.sort === column.key ? (query.direction === "desc" ? " ↓" : " ↑") : ""}
                    </button>
                  ) : (
                    column.label
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.data?.rows.map((row) => (
              <tr key={row.id} className="border-t border-zinc-100" data-testid="portfolio-row">
                <td className="px-3 py-2">
                  <a className="font-medium text-indigo-700 underline" href={`/workspace/accounts/${row.id}`}>
                    {row.name}
                  </a>
                  <span className="block text-xs text-zinc-500">{row.templateName ?? "No template"}</span>
                </td>
                <td className="px-3 py-2">
                  <HealthBadge score={row.healthScore} />
                </td>
                <td className="w-32 px-3 py-2">
                  <span className="text-xs text-zinc-600">{row.progressPercent}%</span>
                  <ProgressBar value={row.progressPercent} label={`${row.name} progress`} size="sm" />
                </td>
                <td className="px-3 py-2">
                  <ScheduleBadge status={row.scheduleStatus} />
                </td>
                <td className="whitespace-nowrap px-3 py-2">{ago(row.daysSinceCustomerActivity)}</td>
                <td className="whitespace-nowrap px-3 py-2">{ago(row.daysSinceVendorTouch)}</td>
                <td className={`px-3 py-2 ${row.overdueTasks > 0 ? "font-semibold text-red-700" : ""}`}>{row.overdueTasks}</td>
                <td className="whitespace-nowrap px-3 py-2">
                  {row.nextCheckInAt ? new Date(row.nextCheckInAt).toISOString().slice(0, 10) : "—"}
                  {row.lastCheckInAnswer && (
                    <span className="block text-xs text-zinc-500">
                      last: {checkInAnswerLabels[row.lastCheckInAnswer].toLowerCase()}
                    </span>
                  )}
                </td>
                <td className={`px-3 py-2 ${row.openHelpRequests > 0 ? "font-semibold text-amber-800" : ""}`}>
                  {row.openHelpRequests}
                </td>
                <td className="whitespace-nowrap px-3 py-2">{row.csmName ?? "Unassigned"}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {result.data && result.data.rows.length === 0 && (
          <p className="p-6 text-center text-zinc-600">
            No accounts match these filters. Try &ldquo;Everyone&apos;s&rdquo; or clear the search.
          </p>
        )}
        {result.isLoading && <p className="p-6 text-center text-zinc-600">Loading accounts…</p>}
      </div>
      <nav aria-label="Pages" className="flex items-center justify-between text-sm">
        <span className="text-zinc-600">
          {total} account{total === 1 ? "" : "s"} · page {query.page} of {pages}
        </span>
        <span className="flex gap-2">
          <button
            type="button"
            disabled={(query.page ?? 1) <= 1}
            onClick={() => update({ page: (query.page ?? 1) - 1 })}
            className="rounded-md border border-zinc-300 bg-white px-3 py-1 disabled:opacity-40"
          >
            Previous
          </button>
          <button
            type="button"
            disabled={(query.page ?? 1) >= pages}
            onClick={() => update({ page: (query.page ?? 1) + 1 })}
            className="rounded-md border border-zinc-300 bg-white px-3 py-1 disabled:opacity-40"
          >
            Next
          </button>
        </span>
      </nav>
    </div>
  );
}
