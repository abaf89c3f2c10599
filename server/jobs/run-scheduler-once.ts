// Runs the scheduled work as of a given time, once: what would be due then is sent now. Used by
// `npm run scheduler -- --now <ISO time>` and the dev outbox's "Run scheduler as of…" button, so people
// and tests can see day 30 without waiting a month.
import { dispatchDueCheckIns } from "../engagement/checkins/dispatch-due-check-ins";
import { sendOverdueDigests } from "../engagement/reminders/send-overdue-digests";

export async function runSchedulerOnce(now: Date, options: { staleAfterMs?: number; batchSize?: number } = {}) {
  const digests = await sendOverdueDigests(now);
  const checkIns = await dispatchDueCheckIns({ now, staleAfterMs: options.staleAfterMs, batchSize: options.batchSize });
  return { checkIns, digests };
}
