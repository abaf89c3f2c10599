// Runs the scheduled work as of a given time, once: what would be due then is sent now. Used by
// `npm run scheduler -- --now <ISO time>` and the dev outbox's "Run scheduler as of…" button, so people
// and tests can see day 30 without waiting a month.
import { dispatchDueCheckIns, sendOverdueDigests } from "@/server/engagement";

export async function runSchedulerOnce(now: Date, options: { staleAfterMs?: number } = {}) {
  const digests = await sendOverdueDigests(now);
  const checkIns = await dispatchDueCheckIns({ now, staleAfterMs: options.staleAfterMs });
  return { checkIns, digests };
}
