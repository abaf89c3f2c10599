// Wall-clock time in a time zone, through @date-fns/tz (IANA zones, daylight saving included). The SQL
// that must agree with these rules uses the same zone names (server/platform/time/today-in-zone-sql.ts).
import { TZDate } from "@date-fns/tz";

// `day` is a calendar date (its UTC Y-M-D is used); returns the instant when it is `hour`:00 there.
export function wallClockToUtc(day: Date, hour: number, timeZone: string): Date {
  return new Date(new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour, 0, 0, timeZone).getTime());
}

// The calendar date (YYYY-MM-DD) and hour of an instant in a time zone.
export function localDateAndHour(instant: Date, timeZone: string): { date: string; hour: number } {
  const local = new TZDate(instant.getTime(), timeZone);
  const pad = (value: number) => String(value).padStart(2, "0");
  return { date: `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`, hour: local.getHours() };
}

// Today's calendar date in a zone, as midnight UTC of that Y-M-D (how @db.Date columns are read back).
export function todayIn(timeZone: string, now: Date): Date {
  const local = new TZDate(now.getTime(), timeZone);
  return new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()));
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}
