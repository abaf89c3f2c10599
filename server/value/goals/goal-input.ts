// The fields of a goal as people type them, shared by creating and editing (and by the forms' messages).
import { z } from "zod";
import { goalTargetDateField } from "../../../lib/dates/calendar-date";

const finite = (what: string) => z.number({ error: `Enter the ${what} as a number` }).finite(`Enter the ${what} as a number`);

export const goalFields = {
  title: z.string().trim().normalize("NFC").min(1, "Give the goal a title").max(140, "Keep the title under 140 characters"),
  metric: z
    .string()
    .trim()
    .normalize("NFC")
    .min(1, "Say what you will measure")
    .max(200, "Keep the measure under 200 characters"),
  unit: z.string().trim().normalize("NFC").max(30, "Keep the unit short").optional(),
  baseline: finite("starting value"),
  target: finite("target"),
  targetDate: goalTargetDateField,
};

export const goalIdInput = z.object({ goalId: z.string().min(1, "Choose a goal").max(64) });

// Editing changes what the goal is (its words, target and date); the baseline stays what it was at the start.
export const editGoalInput = goalIdInput.extend({
  title: goalFields.title,
  metric: goalFields.metric,
  unit: goalFields.unit,
  target: goalFields.target,
  targetDate: goalFields.targetDate,
});
