// The scheduler's work: claim due check-ins in batches and send them until none is due. Each batch is
// built and recorded with a few set-based queries; its emails go out `concurrency` at a time (the Resend
// transport throttles requests to the configured rate). Two batches are in progress at once, so the
// database work of one overlaps the sending of the other. Returns what it did, for the worker's log and
// the `npm run scheduler` command.
import { getEnv } from "../../env";
import { claimDueCheckIns, defaultStaleAfterMs, failExhaustedCheckIns } from "./claim-due-check-ins";
import { deliverCheckIns, type DeliveryResult } from "./deliver-check-in";

export type DispatchOptions = {
  now: Date;
  batchSize?: number;
  concurrency?: number;
  lanes?: number;
  staleAfterMs?: number;
  maxBatches?: number;
  // Called after each claim with how many rows it got (e.g. to ask other workers for help).
  onBatchClaimed?: (claimed: number, batchSize: number) => Promise<void>;
};

// A claimed row is held (SENDING) until its batch is finished. A batch should take well under the stale
// timeout even at a low send rate, so it holds at most about half a minute of sending per lane.
function defaultBatchSize(lanes: number): number {
  return Math.max(1, Math.min(100, Math.floor((getEnv().RESEND_MAX_PER_SECOND * 30) / lanes)));
}

export async function dispatchDueCheckIns(options: DispatchOptions): Promise<DeliveryResult[]> {
  const results: DeliveryResult[] = [];
  const lanes = options.lanes ?? 2;
  const batchSize = options.batchSize ?? defaultBatchSize(lanes);
  const concurrency = options.concurrency ?? 16;
  const staleAfterMs = options.staleAfterMs ?? defaultStaleAfterMs;
  // Fixed for the whole run: rows this run claims itself are never "stale" to its other lane.
  const staleBefore = new Date(Date.now() - staleAfterMs);
  await failExhaustedCheckIns(staleAfterMs);
  let batches = 0;
  let drained = false;
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (!drained && batches < (options.maxBatches ?? Number.POSITIVE_INFINITY)) {
        batches++;
        const ids = await claimDueCheckIns({ now: options.now, limit: batchSize, staleBefore });
        // Only a hint: a failure here must not strand the rows just claimed.
        await options.onBatchClaimed?.(ids.length, batchSize).catch((error: unknown) => console.error("[check-ins]", error));
        if (ids.length === 0) {
          drained = true;
          break;
        }
        results.push(...(await deliverSafely(ids, concurrency)));
      }
    }),
  );
  return results;
}

// An unexpected error (database hiccup, template bug) leaves the batch's rows in SENDING; they are retried
// after the stale timeout with the same idempotency keys, and given up as FAILED after the last attempt.
async function deliverSafely(ids: string[], concurrency: number): Promise<DeliveryResult[]> {
  try {
    return await deliverCheckIns(ids, { concurrency });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`[check-ins] a batch of ${ids.length} could not be sent: ${message}`);
    return ids.map((checkInId) => ({ checkInId, outcome: "FAILED", error: message }));
  }
}
