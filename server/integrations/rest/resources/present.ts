// JSON for the REST API: dates as ISO strings (calendar dates as YYYY-MM-DD).
export const isoOrNull = (value: Date | null | undefined) => (value ? value.toISOString() : null);
export const calendarDay = (value: Date) => value.toISOString().slice(0, 10);
