"use client";

import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { ProgressBar } from "@/components/progress-bar";
import { useTRPC } from "@/components/trpc-provider";
import { progressPercent } from "@/lib/onboarding/plan-progress";
import type { AppRouter } from "@/server/routers/_app";

type StaffPlan = inferRouterOutputs<AppRouter>["plan"]["forAccount"];
const day = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", month: "short", day: "numeric" });

// The account's plan as its CSM sees it: progress per milestone, customers' answers to questions, and
// the vendor's own tasks to tick off. Loads itself so the workspace page only has to place it.
export function AccountPlanPanel({ accountId }: { accountId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const query = useQuery(trpc.plan.forAccount.queryOptions({ accountId }));
  const [error, setError] = useState<string | null>(null);
  const refresh = {
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.plan.forAccount.queryKey({ accountId }) }),
    onError: (caught: { message: string }) => setError(caught.message),
  };
  const complete = useMutation(trpc.plan.staffComplete.mutationOptions(refresh));
  const reopen = useMutation(trpc.plan.staffReopen.mutationOptions(refresh));

  return (
    <section aria-labelledby="account-plan-heading" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-zinc-200 sm:p-6">
      <h2 id="account-plan-heading" className="font-semibold">
        Onboarding plan
      </h2>
      {query.isPending && <p className="mt-2 text-sm text-zinc-600">Loading the plan…</p>}
      {query.isError && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          The plan could not be loaded: {query.error.message}
        </p>
      )}
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {error}
        </p>
      )}
      {query.data && query.data.milestones.length === 0 && (
        <p className="mt-2 text-sm text-zinc-600">This account has no plan yet (it was created without a template).</p>
      )}
      {query.data && (
        <Milestones
          plan={query.data}
          onToggle={(taskId, done) => {
            setError(null);
            (done ? reopen : complete).mutate({ accountId, taskId });
          }}
        />
      )}
    </section>
  );
}

function Milestones({ plan, onToggle }: { plan: StaffPlan; onToggle: (taskId: string, done: boolean) => void }) {
  return (
    <div className="mt-2 space-y-4">
      {plan.milestones.map((milestone) => (
        <div key={milestone.id}>
          <p className="flex flex-wrap justify-between gap-2 text-sm font-medium">
            <span>{milestone.title}</span>
            <span className="text-zinc-600">{milestone.reachedAt ? "reached" : `${progressPercent(milestone.tasks)}%`}</span>
          </p>
          <ProgressBar value={progressPercent(milestone.tasks)} label={`${milestone.title} progress`} size="sm" />
          <ul className="mt-1 divide-y divide-zinc-100 text-sm">
            {milestone.tasks.map((task) => (
              <li key={task.id} className="flex flex-wrap items-start justify-between gap-2 py-1.5">
                <div className="min-w-0 flex-1">
                  <p className={task.status === "DONE" ? "text-zinc-500 line-through" : ""}>
                    {task.title}{" "}
                    <span className="text-xs text-zinc-500">
                      · {task.owner === "VENDOR" ? "vendor" : "customer"} · due {day.format(task.dueDate)}
                    </span>
                  </p>
                  {task.answer && <p className="whitespace-pre-wrap text-zinc-700">Answer: {task.answer}</p>}
                </div>
                {task.owner === "VENDOR" && (
                  <button
                    type="button"
                    onClick={() => onToggle(task.id, task.status === "DONE")}
                    aria-label={`${task.status === "DONE" ? "Reopen" : "Mark done"}: ${task.title}`}
                    className="rounded-md border border-zinc-300 px-2 py-1 text-xs font-semibold hover:bg-zinc-50"
                  >
                    {task.status === "DONE" ? "Reopen" : "Mark done"}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
