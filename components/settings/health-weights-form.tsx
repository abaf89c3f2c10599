"use client";

import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc-provider";
import { healthFactorLabels as labels, type HealthWeights } from "@/lib/success/compute-health";

// How much each factor counts toward an account's health score (0 switches a factor off).
export function HealthWeightsForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const current = useQuery(trpc.healthSettings.get.queryOptions());
  const [draft, setDraft] = useState<HealthWeights | null>(null);
  const update = useMutation(
    trpc.healthSettings.update.mutationOptions({
      onSuccess: (saved) => {
        setDraft(null);
        queryClient.setQueryData(trpc.healthSettings.get.queryKey(), saved);
      },
    }),
  );
  if (!current.data) return <p className="text-sm text-zinc-600">{current.error ? current.error.message : "Loading…"}</p>;
  const weights = draft ?? current.data.weights;
  const total = Object.values(weights).reduce((sum, weight) => sum + weight, 0);
  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate({ weights });
      }}
    >
      <p className="text-sm text-zinc-600">
        Each factor scores 0–100; the health score is their weighted average. Saving rescores every account.
      </p>
      <div className="grid gap-2 sm:grid-cols-2">
        {(Object.keys(labels) as (keyof HealthWeights)[]).map((key) => (
          <label key={key} className="flex items-center justify-between gap-2 text-sm">
            <span>{labels[key]}</span>
            <span className="flex items-center gap-2">
              <input
                type="number"
                min={0}
                max={100}
                required
                value={weights[key]}
                onChange={(event) => setDraft({ ...weights, [key]: Number(event.target.value) })}
                className="w-20 rounded-md border border-zinc-300 px-2 py-1"
              />
              <span className="w-10 text-right text-xs text-zinc-500">
                {total === 0 ? 0 : Math.round((100 * weights[key]) / total)}%
              </span>
            </span>
          </label>
        ))}
      </div>
      <div className="flex gap-2">
        <button
          disabled={update.isPending || !draft}
          className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-50"
        >
          {update.isPending ? "Saving…" : "Save weights"}
        </button>
        {!current.data.isDefault && (
          <button
            type="button"
            onClick={() => update.mutate({ weights: null })}
            className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm"
          >
            Restore defaults
          </button>
        )}
      </div>
      {update.error && (
        <p role="alert" className="text-sm text-red-700">
          {update.error.message}
        </p>
      )}
      {update.isSuccess && !draft && (
        <p role="status" className="text-sm text-green-700">
          Saved. Every account was rescored.
        </p>
      )}
    </form>
  );
}
