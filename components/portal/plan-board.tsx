"use client";

import { useState } from "react";
import { ProgressBar } from "@/components/progress-bar";
import { nextUpTask, overdueTaskIds, progressPercent } from "@/lib/onboarding/plan-progress";
import { scheduleStatus, type ScheduleStatus } from "@/lib/onboarding/schedule-status";
import { todayIn } from "@/lib/time";
import { TaskItem } from "./task-item";
import { usePlan } from "./use-plan";
import { formatDay, formatMoment, personName, type Plan } from "./types";

const statusCopy: Record<ScheduleStatus, { label: string; tone: string; help: string }> = {
  "on-track": { label: "On track", tone: "bg-green-100 text-green-900", help: "Nothing required is past due." },
  behind: { label: "Behind schedule", tone: "bg-amber-100 text-amber-900", help: "Some required tasks are past their due date." },
  "behind-and-idle": {
    label: "Behind, no recent activity",
    tone: "bg-red-100 text-red-900",
    help: "Tasks are overdue and nothing has moved for a while. Ask for help on any task: we are here for that.",
  },
  complete: { label: "Complete", tone: "bg-indigo-100 text-indigo-900", help: "Every required task is done. Well done!" },
};

// The customer's plan: progress, schedule status, what is next, their own tasks and every milestone.
export function PlanBoard({ initial }: { initial: Plan }) {
  const mutations = usePlan(initial);
  const { plan } = mutations;
  const [mineOnly, setMineOnly] = useState(false);

  const tasks = plan.milestones.flatMap((milestone) => milestone.tasks);
  const now = new Date();
  const today = todayIn(plan.account.timezone, now);
  const overdue = overdueTaskIds(tasks, today);
  const percent = progressPercent(tasks);
  const done = tasks.filter((task) => task.status === "DONE").length;
  const next = nextUpTask(
    tasks,
    plan.milestones.map((milestone) => milestone.id),
  );
  const schedule = scheduleStatus({
    tasks,
    kickoffDate: plan.account.kickoffDate,
    lastCustomerActivityAt: plan.account.lastCustomerActivityAt,
    stallDays: plan.stallDays,
    timeZone: plan.account.timezone,
    now,
  });
  const status = statusCopy[schedule.status];
  const mine = tasks.filter((task) => task.assignee?.id === plan.viewerId && task.status === "OPEN");

  return (
    <div className="space-y-6">
      <section className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-zinc-200 sm:p-6">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <h1 className="text-xl font-semibold">Your onboarding plan</h1>
            <p className="mt-1 text-zinc-600">
              {plan.account.name} · kickoff {formatDay(plan.account.kickoffDate)} · you are the account&apos;s{" "}
              {plan.role === "CHAMPION" ? "champion" : "team member"}
            </p>
          </div>
          <p className={`rounded-full px-3 py-1 text-sm font-semibold ${status.tone}`} data-testid="schedule-status">
            {status.label}
          </p>
        </div>
        <p className="mt-1 text-sm text-zinc-600">{status.help}</p>
        <div className="mt-4">
          <p className="mb-1 text-sm font-medium" data-testid="overall-progress">
            {done} of {tasks.length} tasks done ({percent}%)
          </p>
          <ProgressBar value={percent} label="Onboarding progress" />
        </div>
        {mutations.failure && (
          <div role="alert" className="mt-4 flex items-start justify-between gap-3 rounded-md bg-red-50 p-3 text-sm text-red-800">
            <span>{mutations.failure}</span>
            <button type="button" onClick={mutations.dismissFailure} className="underline">
              Dismiss
            </button>
          </div>
        )}
        {next && (
          <div className="mt-4 rounded-md bg-indigo-50 p-3" data-testid="next-up">
            <p className="text-xs font-semibold uppercase tracking-wide text-indigo-800">Next up</p>
            <p className="font-medium">{next.title}</p>
            <p className="text-sm text-zinc-600">
              Due {formatDay(next.dueDate)}
              {overdue.has(next.id) ? " · overdue" : ""}
              {next.tutorial && (
                <>
                  {" · "}
                  <a className="text-indigo-700 underline" href={`/portal/tutorials/${next.tutorial.id}`}>
                    Start the tutorial
                  </a>
                </>
              )}
            </p>
          </div>
        )}
      </section>

      <section aria-labelledby="mine-heading" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-zinc-200 sm:p-6">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="mine-heading" className="font-semibold">
            My tasks
          </h2>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={mineOnly} onChange={(event) => setMineOnly(event.target.checked)} />
            Show only my tasks in the plan
          </label>
        </div>
        {mine.length === 0 ? (
          <p className="mt-1 text-sm text-zinc-600">
            Nothing is assigned to you right now.
            {plan.role === "CHAMPION" ? " Assign tasks to colleagues from the plan below." : ""}
          </p>
        ) : (
          <ul className="mt-1 list-disc pl-5 text-sm">
            {mine.map((task) => (
              <li key={task.id}>
                {task.title} — due {formatDay(task.dueDate)}
                {overdue.has(task.id) && <span className="ml-1 font-semibold text-red-800">(overdue)</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      {plan.milestones.length === 0 && (
        <section className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-zinc-200">
          <h2 className="font-semibold">Your plan is being prepared</h2>
          <p className="mt-1 text-zinc-600">
            {plan.organization.name} has not added tasks to your plan yet. Your customer success manager will set it up shortly.
          </p>
        </section>
      )}

      {plan.milestones.map((milestone) => {
        const shown = mineOnly ? milestone.tasks.filter((task) => task.assignee?.id === plan.viewerId) : milestone.tasks;
        const milestonePercent = progressPercent(milestone.tasks);
        return (
          <section
            key={milestone.id}
            aria-labelledby={`milestone-${milestone.id}`}
            className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-zinc-200 sm:p-6"
            data-testid="milestone"
          >
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h2 id={`milestone-${milestone.id}`} className="font-semibold">
                {milestone.title}
              </h2>
              {milestone.reachedAt ? (
                <span
                  className="rounded-full bg-green-100 px-2 py-0.5 text-xs font-semibold text-green-900"
                  data-testid="milestone-reached"
                >
                  Milestone reached
                </span>
              ) : (
                <span className="text-xs text-zinc-600">{milestonePercent}% done</span>
              )}
            </div>
            {milestone.description && <p className="text-sm text-zinc-600">{milestone.description}</p>}
            <div className="mt-2">
              <ProgressBar value={milestonePercent} label={`${milestone.title} progress`} size="sm" />
            </div>
            {shown.length === 0 ? (
              <p className="mt-3 text-sm text-zinc-600">No tasks of yours in this milestone.</p>
            ) : (
              <ul className="mt-2 divide-y divide-zinc-100">
                {shown.map((task) => (
                  <TaskItem key={task.id} task={task} plan={plan} overdue={overdue.has(task.id)} mutations={mutations} />
                ))}
              </ul>
            )}
          </section>
        );
      })}

      <section className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-zinc-200 sm:p-6">
        <h2 className="font-semibold">Your contact at {plan.organization.name}</h2>
        {plan.csm ? (
          <p className="mt-1 text-zinc-700">
            {personName(plan.csm)} —{" "}
            <a className="text-indigo-700 underline" href={`mailto:${plan.csm.email}`}>
              {plan.csm.email}
            </a>
          </p>
        ) : (
          <p className="mt-1 text-zinc-600">A customer success manager will be assigned to you shortly.</p>
        )}
        {plan.account.lastCustomerActivityAt && (
          <p className="mt-1 text-xs text-zinc-500">
            Last activity from your team: {formatMoment(plan.account.lastCustomerActivityAt)}
          </p>
        )}
      </section>
    </div>
  );
}
