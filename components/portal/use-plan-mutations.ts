"use client";

import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc-provider";
import { errorText, type Plan, type PlanTask } from "./types";

type TaskPatch = Partial<Pick<PlanTask, "status" | "answer" | "completedAt" | "assignee">>;

// Task changes redraw the plan at once (optimistic update of the cached plan) and are rolled back, with
// a visible message, if the server refuses or cannot be reached. The server's answer then replaces the
// guess: the plan is refetched once the mutation settles.
export function usePlanMutations() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const planKey = trpc.plan.get.queryKey();
  const [failure, setFailure] = useState<string | null>(null);

  async function applyOptimistic(taskId: string, patch: TaskPatch) {
    setFailure(null);
    await queryClient.cancelQueries({ queryKey: planKey });
    const previous = queryClient.getQueryData<Plan>(planKey);
    if (previous) {
      queryClient.setQueryData<Plan>(planKey, {
        ...previous,
        milestones: previous.milestones.map((milestone) => {
          const tasks = milestone.tasks.map((task) => (task.id === taskId ? { ...task, ...patch } : task));
          const allDone = tasks.every((task) => task.status !== "OPEN");
          return { ...milestone, tasks, reachedAt: allDone ? (milestone.reachedAt ?? new Date()) : null };
        }),
      });
    }
    return { previous };
  }

  const callbacks = (what: string) => ({
    onError: (error: unknown, _input: unknown, context: { previous?: Plan } | undefined) => {
      if (context?.previous) queryClient.setQueryData(planKey, context.previous);
      setFailure(`${what}: ${errorText(error, "the change was not saved. Please try again.")}`);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: planKey }),
  });

  const complete = useMutation(
    trpc.plan.complete.mutationOptions({
      onMutate: (input) => applyOptimistic(input.taskId, { status: "DONE", completedAt: new Date() }),
      ...callbacks("Could not mark the task done"),
    }),
  );
  const reopen = useMutation(
    trpc.plan.reopen.mutationOptions({
      onMutate: (input) => applyOptimistic(input.taskId, { status: "OPEN", completedAt: null }),
      ...callbacks("Could not reopen the task"),
    }),
  );
  const answer = useMutation(
    trpc.plan.answer.mutationOptions({
      onMutate: (input) => applyOptimistic(input.taskId, { status: "DONE", answer: input.answer, completedAt: new Date() }),
      ...callbacks("Could not save your answer"),
    }),
  );
  const assign = useMutation(
    trpc.plan.assign.mutationOptions({
      onMutate: (input) => {
        const plan = queryClient.getQueryData<Plan>(planKey);
        const person = plan?.members.find((member) => member.id === input.assigneeId);
        return applyOptimistic(input.taskId, {
          assignee: person ? { id: person.id, name: person.name, email: person.email } : null,
        });
      },
      ...callbacks("Could not assign the task"),
    }),
  );

  return { complete, reopen, answer, assign, failure, dismissFailure: () => setFailure(null) };
}

export type PlanMutations = ReturnType<typeof usePlanMutations>;
