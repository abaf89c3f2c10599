// The one rule for calendar dates people type (kickoff dates, goal target dates): a real date in
// YYYY-MM-DD form (no 2027-02-30, no month 13, no five-digit years) inside a range that makes sense for the
// field. Used by every procedure and form that takes a date, so a date the database would silently shift
// or a page could not render never gets in. Isomorphic: no server imports.
import { z } from "zod";

const dayMs = 24 * 60 * 60 * 1000;

// The UTC midnight of a real calendar date, or null for anything else (2027-02-30, 2026-13-45, 10007-01-01).
export function parseCalendarDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setUTCFullYear, unlike Date.UTC, takes years 0-99 literally; a rolled-over 02-30 is caught below.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date;
}

// Today's calendar date in UTC. A person a day behind or ahead of UTC is allowed for by the ranges below.
function todayUtc(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

function shiftYears(day: Date, years: number): Date {
  const shifted = new Date(day);
  shifted.setUTCFullYear(day.getUTCFullYear() + years);
  return shifted;
}

type CalendarDateRange = {
  // What the field is called in messages ("kickoff date").
  label: string;
  // Earliest allowed date relative to today: years back, or "today" (a day of slack for time zones).
  earliest: { yearsBack: number } | "today";
  latestYearsAhead: number;
};

export function calendarDateProblem(value: string, range: CalendarDateRange, now = new Date()): string | null {
  const date = parseCalendarDate(value);
  if (!date) return `Enter the ${range.label} as a real date like 2026-12-01`;
  const today = todayUtc(now);
  const earliest = range.earliest === "today" ? new Date(today.getTime() - dayMs) : shiftYears(today, -range.earliest.yearsBack);
  const latest = shiftYears(today, range.latestYearsAhead);
  if (date < earliest) {
    return range.earliest === "today"
      ? `The ${range.label} cannot be in the past`
      : `The ${range.label} cannot be before ${isoDay(earliest)}`;
  }
  if (date > latest) return `The ${range.label} cannot be after ${isoDay(latest)}`;
  return null;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

// A zod field for a calendar date in `range`. Built on z.iso.date() so its JSON Schema says `format: "date"`:
// the fuzzing suite finds every date field of every procedure by that.
function calendarDateField(range: CalendarDateRange) {
  return z.iso.date({ error: `Enter the ${range.label} as a real date like 2026-12-01` }).superRefine((value, context) => {
    // A value that is not a real date already has z.iso.date()'s message; only the range is checked here.
    const problem = parseCalendarDate(value) ? calendarDateProblem(value, range) : null;
    if (problem) context.addIssue({ code: "custom", message: problem });
  });
}

// Kickoffs are planned ahead or recorded for accounts already under way, within a few years either side.
export const kickoffDateRange: CalendarDateRange = { label: "kickoff date", earliest: { yearsBack: 2 }, latestYearsAhead: 3 };
// A goal's target date lies ahead (checked against the goal's own start when it is edited) and within ten years.
const goalTargetDateRange: CalendarDateRange = { label: "target date", earliest: "today", latestYearsAhead: 10 };

export const kickoffDateField = calendarDateField(kickoffDateRange);
export const goalTargetDateField = calendarDateField(goalTargetDateRange);

// Pages format stored dates through this: a value that cannot be formatted (an invalid Date, a year past
// 9999 read back from the database) shows as a placeholder instead of failing the whole page.
const dayFormat = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", month: "short", day: "numeric", year: "numeric" });

export function formatCalendarDate(value: Date | string | null | undefined, style: "medium" | "iso" = "medium"): string {
  if (value === null || value === undefined) return "—";
  const date = typeof value === "string" ? new Date(value) : value;
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) return "unknown date";
  const year = date.getUTCFullYear();
  if (year < 1 || year > 9999) return "unknown date";
  return style === "iso" ? isoDay(date) : dayFormat.format(date);
}
