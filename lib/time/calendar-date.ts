// Calendar dates as @db.Date columns hold them: midnight UTC of a Y-M-D, whatever the machine's zone.
import { parseCalendarDate } from "../dates/calendar-date";
export const dayMs = 86_400_000;

export function addDays(day: Date, days: number): Date {
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() + days));
}

// Refuses impossible dates (2027-02-30) rather than rolling them over; inputs are validated before this.
export function calendarDate(isoDate: string): Date {
  const date = parseCalendarDate(isoDate);
  if (!date) throw new Error(`Not a calendar date: ${isoDate}`);
  return date;
}

// Whole days from one instant to a later one (0 when `to` is earlier).
export const daysBetween = (from: Date, to: Date) => Math.max(0, Math.floor((to.getTime() - from.getTime()) / dayMs));
