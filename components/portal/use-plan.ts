"use client";

import { useRef, useState } from "react";
import { portalApi } from "./portal-api";
import { errorText, type Plan, type PlanTask } from "./types";

type TaskPatch = Partial<Pick<PlanTask, "status" | "answer" | "completedAt" | "assignee">>;
type Action<Input> = { mutate: (input: Input) => void };

function withPatch(plan: Plan, taskId: string, patch: TaskPatch): Plan {
  return {
    ...plan,
    milestones: plan.milestones.map((milestone) => {
      const tasks = milestone.tasks.map((task) => (task.id === taskId ? { ...task, ...patch } : task));
      const allDone = tasks.every((task) => task.status !== "OPEN");
      return { ...milestone, tasks, reachedAt: allDone ? (milestone.reachedAt ?? new Date()) : null };
    }),
  };
}

// The plan and the changes a customer makes to it. A change redraws the plan at once (optimistic) and is
// rolled back, with a visible message, if the server refuses or cannot be reached. Once no change is in
// flight, the server's plan replaces the guesses.
export function usePlan(initial: Plan) {
  const [plan, setPlan] = useState(initial);
  const [failure, setFailure] = useState<string | null>(null);
  const latest = useRef(initial);
  const inFlight = useRef(0);

  const show = (next: Plan) => {
    latest.current = next;
    setPlan(next);
  };

  // Called from event handlers only: applies the guess, calls the server, rolls back on failure.
  function run(what: string, taskId: string, patch: TaskPatch, call: () => Promise<unknown>) {
    setFailure(null);
    const previous = latest.current;
    show(withPatch(previous, taskId, patch));
    inFlight.current++;
    call()
      .catch((error: unknown) => {
        show(previous);
        setFailure(`${what}: ${errorText(error, "the change was not saved. Please try again.")}`);
      })
      .finally(() => {
        if (--inFlight.current > 0) return;
        portalApi.plan.get.query().then(
          (fresh) => inFlight.current === 0 && show(fresh),
          () => {}, // keep what is shown; the next change or a reload fetches again
        );
      });
  }

  const complete: Action<{ taskId: string }> = {
    mutate: (input) =>
      run("Could not mark the task done", input.taskId, { status: "DONE", completedAt: new Date() }, () =>
        portalApi.plan.complete.mutate(input),
      ),
  };
  const reopen: Action<{ taskId: string }> = {
    mutate: (input) =>
      run("Could not reopen the task", input.taskId, { status: "OPEN", completedAt: null }, () =>
        portalApi.plan.reopen.mutate(input),
      ),
  };
  const answer: Action<{ taskId: string; answer: string }> = {
    mutate: (input) =>
      run("Could not save your answer", input.taskId, { status: "DONE", answer: input.answer, completedAt: new Date() }, () =>
        portalApi.plan.answer.mutate(input),
      ),
  };
  const assign: Action<{ taskId: string; assigneeId: string | null }> = {
    mutate: (input) => {
      const person = latest.current.members.find((member) => member.id === input.assigneeId);
      const assignee = person ? { id: person.id, name: person.name, email: person.email } : null;
      run("Could not assign the task", input.taskId, { assignee }, () => portalApi.plan.assign.mutate(input));
    },
  };

  return { plan, complete, reopen, answer, assign, failure, dismissFailure: () => setFailure(null) };
}

export type PlanMutations = ReturnType<typeof usePlan>;
