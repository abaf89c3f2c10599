"use client";

import { useState, type FormEvent } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { FieldError } from "@/components/field-error";
import { useTRPC } from "@/components/trpc-provider";
import { ProgressBar } from "@/components/progress-bar";
import { formErrorOf } from "@/lib/errors/error-shape";
import { goalProgressPercent } from "@/lib/onboarding/goal-progress";
import { GoalManageActions } from "./goal-manage-actions";
import { errorText, formatDay, formatMoment, personName, type Goal } from "./types";

const field = "w-full rounded-md border border-zinc-300 px-3 py-1.5 text-sm";

// Goals: what success looks like, measured from a baseline to a target, with progress updates.
export function GoalsPanel({ initial, canCreate }: { initial: Goal[]; canCreate: boolean }) {
  const trpc = useTRPC();
  const { data: goals = initial } = useQuery({ ...trpc.goals.list.queryOptions(), initialData: initial });
  const active = goals.filter((goal) => goal.status === "ACTIVE").length;
  return (
    <div className="space-y-6">
      <section className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-zinc-200 sm:p-6">
        <h1 className="text-xl font-semibold">Your goals</h1>
        <p className="mt-1 text-zinc-600">
          What you want to achieve with us, measured. Update the current value as things improve: your customer success manager
          sees every update.
        </p>
      </section>
      {goals.length === 0 && (
        <p className="rounded-lg bg-white p-6 text-zinc-600 shadow-sm ring-1 ring-zinc-200">
          No goals yet.{" "}
          {canCreate
            ? "Add your first goal below: one to five clear outcomes work best."
            : "Your champion will set them; you can then report progress."}
        </p>
      )}
      {goals.map((goal) => (
        <GoalCard key={goal.id} goal={goal} canManage={canCreate} />
      ))}
      {canCreate &&
        (active < 5 ? (
          <NewGoalForm />
        ) : (
          <p className="text-sm text-zinc-600">You have five active goals, the most we track at once.</p>
        ))}
    </div>
  );
}

function GoalCard({ goal, canManage }: { goal: Goal; canManage: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [value, setValue] = useState("");
  const [note, setNote] = useState("");
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const update = useMutation(
    trpc.goals.update.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.goals.list.queryKey() }),
    }),
  );
  const percent = goalProgressPercent(goal);
  const unit = goal.unit ? ` ${goal.unit}` : "";

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    try {
      await update.mutateAsync({ goalId: goal.id, value: Number(value), note: note || undefined });
      setValue("");
      setNote("");
      setMessage({ tone: "ok", text: "Progress saved." });
    } catch (error) {
      setMessage({ tone: "error", text: errorText(error, "Progress was not saved. Please try again.") });
    }
  }

  return (
    <section className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-zinc-200 sm:p-6" data-testid="goal">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 className="font-semibold">{goal.title}</h2>
          <p className="text-sm text-zinc-600">
            {goal.metric}: from {goal.baseline}
            {unit} to {goal.target}
            {unit} by {formatDay(goal.targetDate)}
          </p>
        </div>
        <span className="rounded-full bg-zinc-100 px-2 py-0.5 text-xs font-semibold">{goal.status.toLowerCase()}</span>
      </div>
      <p className="mt-3 text-sm font-medium">
        Now {goal.current}
        {unit} · {percent}% of the way
      </p>
      <ProgressBar value={percent} label={`${goal.title} progress`} />
      <form onSubmit={submit} className="mt-3 flex flex-wrap items-end gap-2" aria-label={`Update ${goal.title}`}>
        <label className="text-sm">
          <span className="block font-medium text-zinc-700">Current value{unit ? ` (${goal.unit})` : ""}</span>
          <input
            type="number"
            step="any"
            required
            value={value}
            onChange={(event) => setValue(event.target.value)}
            className={field}
          />
        </label>
        <label className="min-w-48 flex-1 text-sm">
          <span className="block font-medium text-zinc-700">Note (optional)</span>
          <input value={note} maxLength={1000} onChange={(event) => setNote(event.target.value)} className={field} />
        </label>
        <button
          disabled={update.isPending}
          className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60"
        >
          Save progress
        </button>
        {message && (
          <p
            role={message.tone === "error" ? "alert" : "status"}
            className={`w-full text-sm ${message.tone === "error" ? "text-red-700" : "text-green-800"}`}
          >
            {message.text}
          </p>
        )}
      </form>
      {canManage && <GoalManageActions goal={goal} />}
      {goal.updates.length > 0 && (
        <ul className="mt-3 space-y-1 text-xs text-zinc-600">
          {goal.updates.map((entry) => (
            <li key={entry.id}>
              {formatMoment(entry.createdAt)}: {entry.value}
              {unit} by {personName(entry.user)}
              {entry.note ? ` — ${entry.note}` : ""}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function NewGoalForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const empty = { title: "", metric: "", unit: "", baseline: "", target: "", targetDate: "" };
  const [form, setForm] = useState(empty);
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const create = useMutation(
    trpc.goals.create.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.goals.list.queryKey() }),
    }),
  );
  const set = (key: keyof typeof empty) => (event: { target: { value: string } }) =>
    setForm({ ...form, [key]: event.target.value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    try {
      await create.mutateAsync({
        title: form.title,
        metric: form.metric,
        unit: form.unit || undefined,
        baseline: Number(form.baseline),
        target: Number(form.target),
        targetDate: form.targetDate,
      });
      setForm(empty);
      setMessage({ tone: "ok", text: "Goal added." });
    } catch (error) {
      setMessage({
        tone: "error",
        text: formErrorOf(error, "The goal was not saved. Please check the fields and try again.") ?? "The goal was not saved.",
      });
    }
  }

  return (
    <form
      onSubmit={submit}
      className="grid gap-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-zinc-200 sm:grid-cols-2 sm:p-6"
      aria-label="New goal"
    >
      <h2 className="font-semibold sm:col-span-2">Add a goal</h2>
      <label className="text-sm sm:col-span-2">
        <span className="block font-medium text-zinc-700">Goal</span>
        <input
          required
          maxLength={140}
          value={form.title}
          onChange={set("title")}
          aria-describedby="goal-title-error"
          className={field}
          placeholder="Faster monthly reporting"
        />
        <FieldError error={create.error} field="title" id="goal-title-error" />
      </label>
      <label className="text-sm">
        <span className="block font-medium text-zinc-700">What you will measure</span>
        <input
          required
          maxLength={200}
          value={form.metric}
          onChange={set("metric")}
          aria-describedby="goal-metric-error"
          className={field}
          placeholder="Hours spent preparing reports"
        />
        <FieldError error={create.error} field="metric" id="goal-metric-error" />
      </label>
      <label className="text-sm">
        <span className="block font-medium text-zinc-700">Unit (optional)</span>
        <input
          maxLength={30}
          value={form.unit}
          onChange={set("unit")}
          aria-describedby="goal-unit-error"
          className={field}
          placeholder="h"
        />
        <FieldError error={create.error} field="unit" id="goal-unit-error" />
      </label>
      <label className="text-sm">
        <span className="block font-medium text-zinc-700">Where you are today</span>
        <input
          required
          type="number"
          step="any"
          value={form.baseline}
          onChange={set("baseline")}
          aria-describedby="goal-baseline-error"
          className={field}
        />
        <FieldError error={create.error} field="baseline" id="goal-baseline-error" />
      </label>
      <label className="text-sm">
        <span className="block font-medium text-zinc-700">Target</span>
        <input
          required
          type="number"
          step="any"
          value={form.target}
          onChange={set("target")}
          aria-describedby="goal-target-error"
          className={field}
        />
        <FieldError error={create.error} field="target" id="goal-target-error" />
      </label>
      <label className="text-sm">
        <span className="block font-medium text-zinc-700">Target date</span>
        <input
          required
          type="date"
          value={form.targetDate}
          onChange={set("targetDate")}
          aria-describedby="goal-targetDate-error"
          className={field}
        />
        <FieldError error={create.error} field="targetDate" id="goal-targetDate-error" />
      </label>
      <div className="flex items-end">
        <button
          disabled={create.isPending}
          className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60"
        >
          {create.isPending ? "Saving…" : "Add goal"}
        </button>
      </div>
      {message && (
        <p
          role={message.tone === "error" ? "alert" : "status"}
          className={`text-sm sm:col-span-2 ${message.tone === "error" ? "text-red-700" : "text-green-800"}`}
        >
          {message.text}
        </p>
      )}
    </form>
  );
}
