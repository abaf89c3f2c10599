"use client";

import type { DraftTask, TaskKind, TaskOwner } from "./template-draft";

const kinds: TaskKind[] = ["ACTION", "TUTORIAL", "QUESTION", "MEETING"];
const field = "rounded-md border border-zinc-300 px-2 py-1";

// One task's fields; the fields shown follow its kind (tutorial link, meeting link, question).
export function TemplateTaskRow(props: {
  task: DraftTask;
  tutorials: { id: string; title: string }[];
  onChange: (task: DraftTask) => void;
}) {
  const { task } = props;
  const set = <K extends keyof DraftTask>(key: K, value: DraftTask[K]) => props.onChange({ ...task, [key]: value });
  const label = task.title || "new task";
  return (
    <div className="flex-1 space-y-2 text-sm">
      <div className="flex flex-wrap gap-2">
        <label className="flex min-w-48 flex-1 flex-col">
          <span className="sr-only">Task title</span>
          <input
            className={field}
            value={task.title}
            placeholder="Task title"
            aria-label="Task title"
            onChange={(e) => set("title", e.target.value)}
          />
        </label>
        <label className="flex flex-col">
          <span className="sr-only">Kind of {label}</span>
          <select
            className={field}
            value={task.kind}
            aria-label={`Kind of ${label}`}
            onChange={(e) => set("kind", e.target.value as TaskKind)}
          >
            {kinds.map((kind) => (
              <option key={kind} value={kind}>
                {kind.toLowerCase()}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col">
          <span className="sr-only">Owner of {label}</span>
          <select
            className={field}
            value={task.owner}
            aria-label={`Owner of ${label}`}
            onChange={(e) => set("owner", e.target.value as TaskOwner)}
          >
            <option value="CUSTOMER">customer does it</option>
            <option value="VENDOR">we do it</option>
          </select>
        </label>
        <label className="flex items-center gap-1">
          <span>Day</span>
          <input
            type="number"
            min={0}
            className={`${field} w-20`}
            aria-label={`Due day of ${label} (days after kickoff)`}
            value={Number.isNaN(task.dueOffsetDays) ? "" : task.dueOffsetDays}
            onChange={(e) => set("dueOffsetDays", e.target.valueAsNumber)}
          />
        </label>
        <label className="flex items-center gap-1">
          <input type="checkbox" checked={task.required} onChange={(e) => set("required", e.target.checked)} />
          <span>Required</span>
        </label>
      </div>
      {task.kind === "TUTORIAL" && (
        <label className="flex flex-col">
          <span className="font-medium text-zinc-700">Tutorial</span>
          <select
            className={field}
            aria-label={`Tutorial for ${label}`}
            value={task.tutorialId}
            onChange={(e) => set("tutorialId", e.target.value)}
          >
            <option value="">Pick a tutorial…</option>
            {props.tutorials.map((tutorial) => (
              <option key={tutorial.id} value={tutorial.id}>
                {tutorial.title}
              </option>
            ))}
          </select>
        </label>
      )}
      {task.kind === "MEETING" && (
        <label className="flex flex-col">
          <span className="font-medium text-zinc-700">Meeting link (optional)</span>
          <input
            className={field}
            type="url"
            value={task.meetingUrl}
            onChange={(e) => set("meetingUrl", e.target.value)}
            placeholder="https://…"
          />
        </label>
      )}
      {task.kind === "QUESTION" && (
        <label className="flex flex-col">
          <span className="font-medium text-zinc-700">Question for the customer</span>
          <input className={field} value={task.questionPrompt} onChange={(e) => set("questionPrompt", e.target.value)} />
        </label>
      )}
      <details>
        <summary className="cursor-pointer text-zinc-600">Description</summary>
        <textarea
          className={`${field} mt-1 w-full`}
          rows={3}
          aria-label={`Description of ${label}`}
          value={task.description}
          onChange={(e) => set("description", e.target.value)}
        />
      </details>
    </div>
  );
}
