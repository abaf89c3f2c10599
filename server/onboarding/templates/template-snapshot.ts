// The immutable content of a published template version; accounts copy their plan from it.
import { z } from "zod";

const snapshotTaskSchema = z.object({
  title: z.string(),
  description: z.string().nullable(),
  kind: z.enum(["TUTORIAL", "ACTION", "QUESTION", "MEETING"]),
  owner: z.enum(["CUSTOMER", "VENDOR"]),
  dueOffsetDays: z.number().int(),
  required: z.boolean(),
  tutorialId: z.string().nullable(),
  meetingUrl: z.string().nullable(),
  questionPrompt: z.string().nullable(),
});

export const templateSnapshotSchema = z.object({
  milestones: z.array(z.object({ title: z.string(), description: z.string().nullable(), tasks: z.array(snapshotTaskSchema) })),
});

export type TemplateSnapshot = z.infer<typeof templateSnapshotSchema>;
export type SnapshotTask = z.infer<typeof snapshotTaskSchema>;
