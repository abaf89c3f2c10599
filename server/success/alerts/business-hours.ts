// Response targets count business time: hours on Monday to Friday (UTC), so a request sent on Friday
// evening is not "late" on Sunday.
const hourMs = 3_600_000;

function isWeekend(instant: Date): boolean {
  const day = instant.getUTCDay();
  return day === 0 || day === 6;
}

export function businessHoursBetween(from: Date, to: Date): number {
  if (to <= from) return 0;
  let hours = 0;
  let cursor = from.getTime();
  const end = to.getTime();
  while (cursor < end) {
    const dayEnd = Date.UTC(new Date(cursor).getUTCFullYear(), new Date(cursor).getUTCMonth(), new Date(cursor).getUTCDate() + 1);
    const sliceEnd = Math.min(dayEnd, end);
    if (!isWeekend(new Date(cursor))) hours += (sliceEnd - cursor) / hourMs;
    cursor = sliceEnd;
  }
  return hours;
}
