"use client";

import type { PortfolioQueryInput } from "@/lib/success/portfolio-query";

type Props = {
  query: PortfolioQueryInput;
  templates: { id: string; name: string }[];
  onChange: (patch: Partial<PortfolioQueryInput>) => void;
};

const selectClass = "rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm";

// The portfolio's filters: every change goes back to the server, which filters, sorts and pages.
export function PortfolioControls({ query, templates, onChange }: Props) {
  return (
    <div className="flex flex-wrap items-end gap-3" role="search" aria-label="Filter accounts">
      <label className="flex flex-col text-xs font-medium text-zinc-600">
        Search
        <input
          type="search"
          defaultValue={query.search}
          onChange={(event) => onChange({ search: event.target.value, page: 1 })}
          className="rounded-md border border-zinc-300 px-2 py-1.5 text-sm"
          placeholder="Account name"
        />
      </label>
      <label className="flex flex-col text-xs font-medium text-zinc-600">
        Accounts
        <select
          className={selectClass}
          value={query.scope}
          onChange={(event) => onChange({ scope: event.target.value as "mine" | "all", page: 1 })}
        >
          <option value="mine">Mine</option>
          <option value="all">Everyone&apos;s</option>
        </select>
      </label>
      <label className="flex flex-col text-xs font-medium text-zinc-600">
        Show
        <select
          className={selectClass}
          value={query.filter}
          onChange={(event) => onChange({ filter: event.target.value as PortfolioQueryInput["filter"], page: 1 })}
        >
          <option value="any">All</option>
          <option value="atRisk">At risk</option>
          <option value="stalled">Stalled</option>
          <option value="behind">Behind schedule</option>
          <option value="neglected">Neglected by us</option>
        </select>
      </label>
      <label className="flex flex-col text-xs font-medium text-zinc-600">
        Stage
        <select
          className={selectClass}
          value={query.status ?? ""}
          onChange={(event) => onChange({ status: (event.target.value || null) as PortfolioQueryInput["status"], page: 1 })}
        >
          <option value="">Any stage</option>
          <option value="ONBOARDING">Onboarding</option>
          <option value="LIVE">Live</option>
          <option value="PAUSED">Paused</option>
          <option value="CHURNED">Churned</option>
        </select>
      </label>
      <label className="flex flex-col text-xs font-medium text-zinc-600">
        Template
        <select
          className={selectClass}
          value={query.templateId ?? ""}
          onChange={(event) => onChange({ templateId: event.target.value || null, page: 1 })}
        >
          <option value="">Any template</option>
          {templates.map((template) => (
            <option key={template.id} value={template.id}>
              {template.name}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
