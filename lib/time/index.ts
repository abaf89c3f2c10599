// The one time module: calendar dates and wall-clock time in a zone, for server and UI alike.
export { addDays, calendarDate, dayMs, daysBetween } from "./calendar-date";
export { isValidTimeZone, localDateAndHour, todayIn, wallClockToUtc } from "./zoned-time";
