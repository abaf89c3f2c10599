// What an admin may save as a tutorial draft. Limits keep one tutorial readable and the table small.
import { z } from "zod";

const MAX_TUTORIAL_BODY_BYTES = 100 * 1024;

export const tutorialIdInput = z.object({ tutorialId: z.string().min(1).max(64) });

export const tutorialDraftInput = z.object({
  title: z.string().trim().min(1, "Give the tutorial a title").max(200, "Keep the title under 200 characters"),
  summary: z.string().trim().max(500, "Keep the summary under 500 characters").nullish(),
  bodyMarkdown: z
    .string()
    .max(MAX_TUTORIAL_BODY_BYTES, "The tutorial is too long: keep it under 100 KB (split it into several tutorials)")
    .refine((body) => Buffer.byteLength(body, "utf8") <= MAX_TUTORIAL_BODY_BYTES, {
      message: "The tutorial is too long: keep it under 100 KB (split it into several tutorials)",
    }),
  estimatedMinutes: z
    .number({ error: "Enter the estimated time in minutes" })
    .int("Enter whole minutes")
    .min(1, "The estimated time is at least 1 minute")
    .max(600, "The estimated time is at most 600 minutes"),
});
export type TutorialDraftInput = z.infer<typeof tutorialDraftInput>;

export const listTutorialsInput = z
  .object({
    search: z.string().trim().max(200).optional(),
    status: z.enum(["DRAFT", "PUBLISHED", "ARCHIVED"]).optional(),
  })
  .default({});
