import type { inferRouterOutputs } from "@trpc/server";
import { formatCalendarDate } from "@/lib/dates/calendar-date";
import type { AppRouter } from "@/server/routers/_app";

export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type Plan = RouterOutputs["plan"]["get"];
export type PlanMilestone = Plan["milestones"][number];
export type PlanTask = PlanMilestone["tasks"][number];
export type Goal = RouterOutputs["goals"]["list"][number];
export type HelpRequest = RouterOutputs["help"]["mine"][number];

// Calendar dates are stored as midnight UTC and formatted in UTC (no time zone shifts the day), safely.
export const formatDay = (date: Date) => formatCalendarDate(date);
const momentFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short" });
export const formatMoment = (date: Date) => momentFormat.format(date);

export const personName = (person: { name: string | null; email: string } | null | undefined) =>
  person ? (person.name ?? person.email) : "nobody";

export function errorText(error: unknown, fallback: string): string {
  return error instanceof Error && error.message ? error.message : fallback;
}
