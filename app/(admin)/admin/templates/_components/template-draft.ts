// The editor's working copy of a template and the pure list moves behind drag-and-drop and keyboard.
export type TaskKind = "TUTORIAL" | "ACTION" | "QUESTION" | "MEETING";
export type TaskOwner = "CUSTOMER" | "VENDOR";

export type DraftTask = {
  key: string;
  title: string;
  description: string;
  kind: TaskKind;
  owner: TaskOwner;
  dueOffsetDays: number;
  required: boolean;
  tutorialId: string;
  meetingUrl: string;
  questionPrompt: string;
};
export type DraftMilestone = { key: string; title: string; description: string; tasks: DraftTask[] };
export type TemplateDraft = { name: string; description: string; milestones: DraftMilestone[] };

let counter = 0;
export const newKey = () => `k${Date.now().toString(36)}${(counter += 1)}`;

export const emptyTask = (): DraftTask => ({
  key: newKey(),
  title: "",
  description: "",
  kind: "ACTION",
  owner: "CUSTOMER",
  dueOffsetDays: 0,
  required: true,
  tutorialId: "",
  meetingUrl: "",
  questionPrompt: "",
});

export function moveItem<T>(items: T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= items.length || to >= items.length) return items;
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}

// Moves a task to a position in any milestone (dragging across milestones works too).
export function moveTask(
  milestones: DraftMilestone[],
  from: { milestone: number; task: number },
  to: { milestone: number; task: number },
): DraftMilestone[] {
  const task = milestones[from.milestone]?.tasks[from.task];
  if (!task || !milestones[to.milestone]) return milestones;
  const next = milestones.map((milestone) => ({ ...milestone, tasks: [...milestone.tasks] }));
  next[from.milestone]!.tasks.splice(from.task, 1);
  const target = next[to.milestone]!.tasks;
  target.splice(Math.min(to.task, target.length), 0, task);
  return next;
}

// What the server accepts: empty optional fields become null.
export function toInput(draft: TemplateDraft) {
  return {
    name: draft.name,
    description: draft.description || null,
    milestones: draft.milestones.map((milestone) => ({
      title: milestone.title,
      description: milestone.description || null,
      tasks: milestone.tasks.map((task) => ({
        title: task.title,
        description: task.description || null,
        kind: task.kind,
        owner: task.owner,
        dueOffsetDays: task.dueOffsetDays,
        required: task.required,
        tutorialId: task.tutorialId || null,
        meetingUrl: task.meetingUrl || null,
        questionPrompt: task.questionPrompt || null,
      })),
    })),
  };
}
