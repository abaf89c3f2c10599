// What an admin may save as a checklist template draft: milestones and their tasks, in order.
import { z } from "zod";

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `Keep the ${label} under ${max} characters`)
    .nullish()
    .transform((value) => (value ? value : null));

const templateTaskInput = z
  .object({
    title: z.string().trim().min(1, "Every task needs a title").max(200, "Keep task titles under 200 characters"),
    description: optionalText(5000, "task description"),
    kind: z.enum(["TUTORIAL", "ACTION", "QUESTION", "MEETING"]),
    owner: z.enum(["CUSTOMER", "VENDOR"]),
    dueOffsetDays: z
      .number({ error: "Enter the due day as a number of days after kickoff" })
      .int("Enter whole days")
      .min(0, "The due day cannot be before kickoff (use 0 or more days)")
      .max(3650, "The due day must be within ten years of kickoff"),
    required: z.boolean(),
    tutorialId: z
      .string()
      .max(64)
      .nullish()
      .transform((value) => value || null),
    meetingUrl: z
      .union([z.url({ protocol: /^https?$/, error: "Enter the meeting link as a full https:// address" }), z.literal("")])
      .nullish()
      .transform((value) => value || null),
    questionPrompt: optionalText(1000, "question"),
  })
  .superRefine((task, ctx) => {
    if (task.kind === "TUTORIAL" && !task.tutorialId) {
      ctx.addIssue({ code: "custom", path: ["tutorialId"], message: `Pick the tutorial for "${task.title}"` });
    }
    if (task.kind === "QUESTION" && !task.questionPrompt) {
      ctx.addIssue({ code: "custom", path: ["questionPrompt"], message: `Write the question for "${task.title}"` });
    }
  })
  // Fields that do not belong to the task's kind are dropped, so a changed kind leaves nothing stale.
  .transform((task) => ({
    ...task,
    tutorialId: task.kind === "TUTORIAL" ? task.tutorialId : null,
    meetingUrl: task.kind === "MEETING" ? task.meetingUrl : null,
    questionPrompt: task.kind === "QUESTION" ? task.questionPrompt : null,
  }));

const templateMilestoneInput = z.object({
  title: z.string().trim().min(1, "Every milestone needs a title").max(200, "Keep milestone titles under 200 characters"),
  description: optionalText(2000, "milestone description"),
  tasks: z.array(templateTaskInput).max(100, "A milestone holds at most 100 tasks"),
});

const templateDetailsInput = z.object({
  name: z.string().trim().min(1, "Give the template a name").max(120, "Keep the name under 120 characters"),
  description: optionalText(2000, "description"),
});

export const templateDraftInput = templateDetailsInput.extend({
  milestones: z.array(templateMilestoneInput).max(50, "A template holds at most 50 milestones"),
});

export const templateIdInput = z.object({ templateId: z.string().min(1).max(64) });

export type TemplateDraftInput = z.infer<typeof templateDraftInput>;
