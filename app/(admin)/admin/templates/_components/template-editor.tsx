"use client";

import { useRef, useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/components/trpc-provider";
import { FormMessage, errorText, type Message } from "../../_components/form-message";
import { useUnsavedWarning } from "../../_components/use-unsaved-warning";
import { ReorderControls } from "./reorder-handle";
import { emptyTask, moveItem, moveTask, newKey, toInput, type DraftTask, type TemplateDraft } from "./template-draft";
import { TemplateTaskRow } from "./template-task-row";

type Dragging = { type: "milestone"; milestone: number } | { type: "task"; milestone: number; task: number } | null;
const field = "rounded-md border border-zinc-300 px-2 py-1";

// Milestones and their tasks, edited as one draft and saved together; publishing snapshots the saved
// draft into a new version that new accounts start from.
export function TemplateEditor(props: {
  templateId: string;
  initial: TemplateDraft;
  tutorials: { id: string; title: string }[];
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [draft, setDraft] = useState(props.initial);
  const [saved, setSaved] = useState(props.initial);
  useUnsavedWarning(JSON.stringify(draft) !== JSON.stringify(saved));
  // The ref answers dragover at once (the state only restyles, one render later).
  const draggingRef = useRef<Dragging>(null);
  const [dragging, setDraggingState] = useState<Dragging>(null);
  const setDragging = (value: Dragging) => {
    draggingRef.current = value;
    setDraggingState(value);
  };
  const [message, setMessage] = useState<Message>(null);
  const [announcement, setAnnouncement] = useState("");
  const save = useMutation(trpc.templates.save.mutationOptions());
  const publish = useMutation(trpc.templates.publish.mutationOptions());
  const duplicate = useMutation(trpc.templates.duplicate.mutationOptions());
  const busy = save.isPending || publish.isPending || duplicate.isPending;

  const setMilestones = (update: (milestones: TemplateDraft["milestones"]) => TemplateDraft["milestones"]) =>
    setDraft((d) => ({ ...d, milestones: update(d.milestones) }));
  const updateTask = (m: number, t: number, task: DraftTask) =>
    setMilestones((ms) =>
      ms.map((milestone, i) =>
        i === m ? { ...milestone, tasks: milestone.tasks.map((x, j) => (j === t ? task : x)) } : milestone,
      ),
    );

  function moveMilestoneTo(from: number, to: number) {
    const title = draft.milestones[from]?.title || "milestone";
    setMilestones((ms) => moveItem(ms, from, to));
    setAnnouncement(`${title} moved to position ${to + 1} of ${draft.milestones.length}.`);
  }
  function moveTaskTo(m: number, from: number, to: { milestone: number; task: number }) {
    const title = draft.milestones[m]?.tasks[from]?.title || "task";
    setMilestones((ms) => moveTask(ms, { milestone: m, task: from }, to));
    setAnnouncement(`${title} moved to position ${to.task + 1} in ${draft.milestones[to.milestone]?.title || "milestone"}.`);
  }

  function drop(target: { milestone: number; task?: number }) {
    const dragging = draggingRef.current;
    if (dragging?.type === "milestone") moveMilestoneTo(dragging.milestone, target.milestone);
    if (dragging?.type === "task") {
      const count = draft.milestones[target.milestone]?.tasks.length ?? 0;
      moveTaskTo(dragging.milestone, dragging.task, { milestone: target.milestone, task: target.task ?? count });
    }
    setDragging(null);
  }

  async function saveDraft(): Promise<boolean> {
    setMessage(null);
    try {
      await save.mutateAsync({ templateId: props.templateId, ...toInput(draft) });
      setSaved(draft);
      setMessage({ tone: "ok", text: "Draft saved. Accounts start from it once you publish." });
      return true;
    } catch (error) {
      setMessage({ tone: "error", text: errorText(error, "The template could not be saved.") });
      return false;
    }
  }

  async function saveAndPublish() {
    if (!(await saveDraft())) return;
    try {
      const { version } = await publish.mutateAsync({ templateId: props.templateId });
      setMessage({
        tone: "ok",
        text: `Published version ${version}. New accounts start from it; existing accounts keep theirs.`,
      });
      router.refresh();
    } catch (error) {
      setMessage({ tone: "error", text: errorText(error, "The template could not be published.") });
    }
  }

  async function duplicateTemplate() {
    try {
      const { id } = await duplicate.mutateAsync({ templateId: props.templateId });
      router.push(`/admin/templates/${id}`);
    } catch (error) {
      setMessage({ tone: "error", text: errorText(error, "The template could not be duplicated.") });
    }
  }

  return (
    <div className="space-y-4">
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="flex flex-col text-sm">
          <span className="font-medium text-zinc-700">Template name</span>
          <input className={field} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
        </label>
        <label className="flex flex-col text-sm">
          <span className="font-medium text-zinc-700">Description (optional)</span>
          <input
            className={field}
            value={draft.description}
            onChange={(e) => setDraft({ ...draft, description: e.target.value })}
          />
        </label>
      </div>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      <ol className="space-y-4" aria-label="Milestones">
        {draft.milestones.map((milestone, m) => (
          <li
            key={milestone.key}
            className={`rounded-lg border bg-white p-3 ${dragging ? "border-dashed border-indigo-300" : "border-zinc-200"}`}
            onDragOver={(event) => draggingRef.current && event.preventDefault()}
            onDrop={(event) => {
              event.preventDefault();
              drop({ milestone: m });
            }}
            data-testid="milestone"
          >
            <div className="flex flex-wrap items-center gap-2">
              <ReorderControls
                label={`milestone ${milestone.title || m + 1}`}
                index={m}
                count={draft.milestones.length}
                onMove={(to) => moveMilestoneTo(m, to)}
                onDragStart={() => setDragging({ type: "milestone", milestone: m })}
                onDragEnd={() => setDragging(null)}
              />
              <input
                className={`${field} flex-1 font-semibold`}
                aria-label="Milestone title"
                placeholder="Milestone title"
                value={milestone.title}
                onChange={(e) => setMilestones((ms) => ms.map((x, i) => (i === m ? { ...x, title: e.target.value } : x)))}
              />
              <button
                type="button"
                className="text-sm text-red-700 underline"
                onClick={() => setMilestones((ms) => ms.filter((_, i) => i !== m))}
              >
                Remove milestone
              </button>
            </div>
            <label className="mt-2 block text-sm">
              <span className="sr-only">Description of {milestone.title || "milestone"}</span>
              <input
                className={`${field} w-full`}
                placeholder="What this milestone achieves (optional)"
                aria-label={`Description of ${milestone.title || "milestone"}`}
                value={milestone.description}
                onChange={(e) => setMilestones((ms) => ms.map((x, i) => (i === m ? { ...x, description: e.target.value } : x)))}
              />
            </label>
            <ol className="mt-2 space-y-2" aria-label={`Tasks in ${milestone.title || "milestone"}`}>
              {milestone.tasks.map((task, t) => (
                <li
                  key={task.key}
                  className="flex flex-wrap items-start gap-2 rounded-md bg-zinc-50 p-2"
                  onDragOver={(event) => draggingRef.current?.type === "task" && event.preventDefault()}
                  onDrop={(event) => {
                    event.preventDefault();
                    event.stopPropagation();
                    drop({ milestone: m, task: t });
                  }}
                  data-testid="template-task"
                >
                  <ReorderControls
                    label={`task ${task.title || t + 1}`}
                    index={t}
                    count={milestone.tasks.length}
                    onMove={(to) => moveTaskTo(m, t, { milestone: m, task: to })}
                    onDragStart={() => setDragging({ type: "task", milestone: m, task: t })}
                    onDragEnd={() => setDragging(null)}
                  />
                  <TemplateTaskRow task={task} tutorials={props.tutorials} onChange={(next) => updateTask(m, t, next)} />
                  <button
                    type="button"
                    aria-label={`Remove task ${task.title || t + 1}`}
                    className="text-sm text-red-700 underline"
                    onClick={() =>
                      setMilestones((ms) => ms.map((x, i) => (i === m ? { ...x, tasks: x.tasks.filter((_, j) => j !== t) } : x)))
                    }
                  >
                    Remove
                  </button>
                </li>
              ))}
            </ol>
            {milestone.tasks.length === 0 && <p className="mt-2 text-sm text-zinc-500">No tasks yet.</p>}
            <button
              type="button"
              className="mt-2 rounded-md border border-zinc-300 px-2 py-1 text-sm"
              onClick={() => setMilestones((ms) => ms.map((x, i) => (i === m ? { ...x, tasks: [...x.tasks, emptyTask()] } : x)))}
            >
              Add task to {milestone.title || "this milestone"}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium"
        onClick={() => setMilestones((ms) => [...ms, { key: newKey(), title: "", description: "", tasks: [] }])}
      >
        Add milestone
      </button>
      <div className="sticky bottom-0 flex flex-wrap items-center gap-2 border-t border-zinc-200 bg-zinc-50 py-3">
        <button
          type="button"
          disabled={busy}
          onClick={() => void saveDraft()}
          className="rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm font-semibold disabled:opacity-60"
        >
          Save draft
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => void saveAndPublish()}
          className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60"
        >
          Save and publish version
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => void duplicateTemplate()}
          className="rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm disabled:opacity-60"
        >
          Duplicate
        </button>
        <FormMessage message={message} />
      </div>
    </div>
  );
}
