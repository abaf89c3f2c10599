"use client";

import { useState, type FormEvent } from "react";
import { HelpForm } from "./help-form";
import type { PlanMutations } from "./use-plan";
import { formatDay, personName, type Plan, type PlanTask } from "./types";

const kindLabel: Record<PlanTask["kind"], string> = {
  TUTORIAL: "Tutorial",
  ACTION: "Action",
  QUESTION: "Question",
  MEETING: "Meeting",
};
const safeUrl = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url : null);

export function TaskItem(props: { task: PlanTask; plan: Plan; overdue: boolean; mutations: PlanMutations }) {
  const { task, plan, overdue, mutations } = props;
  const [helping, setHelping] = useState(false);
  const [answer, setAnswer] = useState("");
  const done = task.status === "DONE";
  const customerTask = task.owner === "CUSTOMER";
  const meetingUrl = safeUrl(task.meetingUrl);

  function submitAnswer(event: FormEvent) {
    event.preventDefault();
    mutations.answer.mutate({ taskId: task.id, answer });
  }

  return (
    <li className="py-3" data-testid="task" data-task-status={task.status}>
      <div className="flex flex-wrap items-start gap-3">
        <div className="min-w-0 flex-1">
          <p className={`font-medium ${done ? "text-zinc-500 line-through" : ""}`}>
            {done ? <span className="sr-only">Done: </span> : null}
            {task.title}
          </p>
          <p className="mt-0.5 flex flex-wrap gap-x-2 gap-y-1 text-xs text-zinc-600">
            <span className="rounded bg-zinc-100 px-1.5">{kindLabel[task.kind]}</span>
            <span>{customerTask ? "Your team" : `${plan.organization.name} does this`}</span>
            <span>· due {formatDay(task.dueDate)}</span>
            {overdue && <span className="rounded bg-red-100 px-1.5 font-semibold text-red-800">Overdue</span>}
            {!task.required && <span>· optional</span>}
            {done && task.completedBy && <span>· done by {personName(task.completedBy)}</span>}
          </p>
          {task.description && <p className="mt-1 text-sm text-zinc-700">{task.description}</p>}
          {task.tutorial && (
            <a className="mt-1 inline-block text-sm text-indigo-700 underline" href={`/portal/tutorials/${task.tutorial.id}`}>
              Read the tutorial: {task.tutorial.title}
            </a>
          )}
          {task.kind === "MEETING" && meetingUrl && !done && (
            <a
              className="mt-1 inline-block text-sm text-indigo-700 underline"
              href={meetingUrl}
              target="_blank"
              rel="noopener noreferrer"
            >
              Book a time
            </a>
          )}
          {task.kind === "QUESTION" && done && task.answer && (
            <p className="mt-1 whitespace-pre-wrap text-sm text-zinc-700">Your answer: {task.answer}</p>
          )}
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {plan.role === "CHAMPION" && customerTask ? (
            <label className="text-xs text-zinc-600">
              <span className="sr-only">Assignee for {task.title}</span>
              <select
                value={task.assignee?.id ?? ""}
                onChange={(event) => mutations.assign.mutate({ taskId: task.id, assigneeId: event.target.value || null })}
                className="rounded-md border border-zinc-300 px-2 py-1 text-sm"
              >
                <option value="">Unassigned</option>
                {plan.members.map((member) => (
                  <option key={member.id} value={member.id}>
                    {personName(member)}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            task.assignee && <span className="text-xs text-zinc-600">Assigned to {personName(task.assignee)}</span>
          )}
          {customerTask && task.kind !== "QUESTION" && (
            <button
              type="button"
              onClick={() => (done ? mutations.reopen : mutations.complete).mutate({ taskId: task.id })}
              aria-label={`${done ? "Reopen" : "Mark done"}: ${task.title}`}
              className={`rounded-md px-3 py-1.5 text-sm font-semibold ${done ? "border border-zinc-300 text-zinc-700 hover:bg-zinc-50" : "bg-indigo-600 text-white hover:bg-indigo-700"}`}
            >
              {done ? "Reopen" : "Mark done"}
            </button>
          )}
          {customerTask && task.kind === "QUESTION" && done && (
            <button
              type="button"
              onClick={() => mutations.reopen.mutate({ taskId: task.id })}
              aria-label={`Change answer: ${task.title}`}
              className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-semibold text-zinc-700 hover:bg-zinc-50"
            >
              Change answer
            </button>
          )}
          {!done && (
            <button
              type="button"
              aria-expanded={helping}
              onClick={() => setHelping((open) => !open)}
              aria-label={`I’m stuck: ${task.title}`}
              className="rounded-md border border-amber-300 px-3 py-1.5 text-sm text-amber-900 hover:bg-amber-50"
            >
              I’m stuck
            </button>
          )}
        </div>
      </div>
      {customerTask && task.kind === "QUESTION" && !done && (
        <form onSubmit={submitAnswer} className="mt-2 space-y-2" aria-label={`Answer: ${task.title}`}>
          <label htmlFor={`answer-${task.id}`} className="block text-sm text-zinc-800">
            {task.questionPrompt ?? task.title}
          </label>
          <textarea
            id={`answer-${task.id}`}
            required
            maxLength={5000}
            rows={2}
            value={answer}
            onChange={(event) => setAnswer(event.target.value)}
            className="w-full rounded-md border border-zinc-300 px-3 py-2 text-sm"
          />
          <button className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-semibold text-white">Submit answer</button>
        </form>
      )}
      {helping && <HelpForm taskId={task.id} taskTitle={task.title} />}
    </li>
  );
}
