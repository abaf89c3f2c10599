// Time-zone arithmetic without a library: the UTC instant at which a wall-clock time occurs in a zone.
import { parseCalendarDate } from "../../../lib/dates/calendar-date";

function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - instant.getTime()) / 60000);
}

// `day` is a calendar date (its UTC Y-M-D is used); returns the instant when it is `hour`:00 there.
export function wallClockToUtc(day: Date, hour: number, timeZone: string): Date {
  const naive = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour);
  // Two passes settle the offset across a daylight-saving change.
  let guess = naive - zoneOffsetMinutes(new Date(naive), timeZone) * 60000;
  guess = naive - zoneOffsetMinutes(new Date(guess), timeZone) * 60000;
  return new Date(guess);
}

export function addDays(day: Date, days: number): Date {
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() + days));
}

// A calendar date as stored in @db.Date columns: midnight UTC of that Y-M-D.
// Refuses impossible dates (2027-02-30) rather than rolling them over; inputs are validated before this.
export function calendarDate(isoDate: string): Date {
  const date = parseCalendarDate(isoDate);
  if (!date) throw new Error(`Not a calendar date: ${isoDate}`);
  return date;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}
