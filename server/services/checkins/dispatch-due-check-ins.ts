// The scheduler's work: claim due check-ins in small batches and send them, a few at a time (the
// Resend transport throttles requests to the configured rate). Returns what it did, for the worker's
// log and the `npm run scheduler` command.
import { claimDueCheckIns, failExhaustedCheckIns } from "./claim-due-check-ins";
import { deliverCheckIn, type DeliveryResult } from "./deliver-check-in";

export type DispatchOptions = { now: Date; batchSize?: number; concurrency?: number; staleAfterMs?: number; maxBatches?: number };

export async function dispatchDueCheckIns(options: DispatchOptions): Promise<DeliveryResult[]> {
  const results: DeliveryResult[] = [];
  const batchSize = options.batchSize ?? 25;
  const concurrency = options.concurrency ?? 4;
  await failExhaustedCheckIns(options.staleAfterMs);
  for (let batch = 0; batch < (options.maxBatches ?? Number.POSITIVE_INFINITY); batch++) {
    const ids = await claimDueCheckIns({ now: options.now, limit: batchSize, staleAfterMs: options.staleAfterMs });
    if (ids.length === 0) break;
    const queue = [...ids];
    await Promise.all(
      Array.from({ length: Math.min(concurrency, ids.length) }, async () => {
        for (let id = queue.shift(); id; id = queue.shift()) {
          results.push(await deliverSafely(id));
        }
      }),
    );
  }
  return results;
}

// An unexpected error (database hiccup, template bug) leaves the row in SENDING; it is retried after the
// stale timeout with the same idempotency key, and given up as FAILED after the last attempt.
async function deliverSafely(id: string): Promise<DeliveryResult> {
  try {
    return await deliverCheckIn(id);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`[check-ins] ${id} could not be sent: ${message}`);
    return { checkInId: id, outcome: "FAILED", error: message };
  }
}
