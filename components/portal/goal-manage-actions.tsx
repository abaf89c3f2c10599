"use client";

import { useState, type FormEvent } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { FieldError } from "@/components/field-error";
import { useTRPC } from "@/components/trpc-provider";
import { formatCalendarDate } from "@/lib/dates/calendar-date";
import { formErrorOf } from "@/lib/errors/error-shape";
import type { Goal } from "./types";

// The champion's repairs to a goal: move its target date, abandon it, or delete it (a mistake, a duplicate).
export function GoalManageActions({ goal }: { goal: Goal }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = { onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.goals.list.queryKey() }) };
  const edit = useMutation(trpc.goals.edit.mutationOptions(refresh));
  const abandon = useMutation(trpc.goals.abandon.mutationOptions(refresh));
  const remove = useMutation(trpc.goals.remove.mutationOptions(refresh));
  const [targetDate, setTargetDate] = useState(formatCalendarDate(goal.targetDate, "iso"));
  const failure = edit.error ?? abandon.error ?? remove.error;
  const errorId = `goal-${goal.id}-date-error`;

  function submit(event: FormEvent) {
    event.preventDefault();
    edit.mutate({
      goalId: goal.id,
      title: goal.title,
      metric: goal.metric,
      unit: goal.unit ?? undefined,
      target: goal.target,
      targetDate,
    });
  }

  return (
    <div className="mt-3 flex flex-wrap items-end gap-2 border-t border-zinc-100 pt-3 text-sm">
      <form onSubmit={submit} className="flex items-end gap-2" aria-label={`Change ${goal.title}'s target date`}>
        <label>
          <span className="block font-medium text-zinc-700">Target date</span>
          <input
            type="date"
            required
            value={targetDate}
            onChange={(event) => setTargetDate(event.target.value)}
            aria-describedby={errorId}
            className="rounded-md border border-zinc-300 px-2 py-1"
          />
          <FieldError error={edit.error} field="targetDate" id={errorId} />
        </label>
        <button disabled={edit.isPending} className="rounded-md border border-zinc-300 px-3 py-1.5 font-medium">
          Change date
        </button>
      </form>
      {goal.status !== "ABANDONED" && (
        <button
          type="button"
          disabled={abandon.isPending}
          onClick={() => abandon.mutate({ goalId: goal.id })}
          className="rounded-md border border-zinc-300 px-3 py-1.5 font-medium"
        >
          Abandon goal
        </button>
      )}
      <button
        type="button"
        disabled={remove.isPending}
        onClick={() => {
          if (window.confirm(`Delete "${goal.title}" and its progress updates?`)) remove.mutate({ goalId: goal.id });
        }}
        className="rounded-md border border-red-300 px-3 py-1.5 font-medium text-red-700"
      >
        Delete goal
      </button>
      {failure && !Object.keys(edit.error?.data?.fieldErrors ?? {}).length && (
        <p role="alert" className="w-full text-red-700">
          {formErrorOf(failure, "The goal was not changed. Please try again.")}
        </p>
      )}
    </div>
  );
}
