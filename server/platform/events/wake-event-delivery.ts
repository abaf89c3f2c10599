// Wakes the worker's `events.deliver` job after a commit that recorded events, so subscribers hear of a
// change within moments instead of at the next minute's run. Fire and forget: the caller's change is
// committed and the outbox keeps its events whatever happens here (the minute's run delivers them if a
// wake-up is lost). Wake-ups coalesce: while one is being queued, later callers ask for one more, queued
// once it is done (so it starts after their commits), instead of one each. The job's queue keeps at most
// one run waiting (policy "short"), so a burst of completions costs one delivery run.
import { enqueue } from "../../jobs/enqueue";

let queuing = false;
let again = false;
let deliveringInline = 0;

// For work that delivers the events itself when it is done ("run once as of" ends with events.deliver):
// no wake-up is queued meanwhile.
export async function withoutWakeUps<T>(work: () => Promise<T>): Promise<T> {
  deliveringInline++;
  try {
    return await work();
  } finally {
    deliveringInline--;
  }
}

export function wakeEventDelivery(): void {
  if (deliveringInline > 0) return;
  if (queuing) {
    again = true;
    return;
  }
  queuing = true;
  void enqueue("events.deliver", {})
    .catch((error: unknown) => console.error("[events] could not wake event delivery; the next scheduled run delivers", error))
    .finally(() => {
      queuing = false;
      if (again) {
        again = false;
        wakeEventDelivery();
      }
    });
}
