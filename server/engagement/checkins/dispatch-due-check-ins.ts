// The scheduler's work: claim due check-ins in batches of up to 100 (one Resend batch request each) and send
// them until none is due. Every request waits for the Resend team's shared budget (server/email/team-rate-limit),
// so any number of workers together send at the team's limit. Two lanes per worker overlap the database work of
// one batch with the request of the other. While a lane holds rows it touches them (heartbeat), so a live
// worker's rows are never taken over; a dead worker's are, `staleAfterMs` later. A quota 429 stops the run with
// the rows still due. Returns what it did, for the worker's log and the `npm run scheduler` command.
import { readQuotaBlock } from "../../email/team-rate-limit";
import { maxBatchSize } from "../../email/send-batches";
import {
  claimDueCheckIns,
  defaultStaleAfterMs,
  failExhaustedCheckIns,
  heartbeatMs,
  touchHeldCheckIns,
} from "./claim-due-check-ins";
import { deliverCheckIns, type DeliveryResult } from "./deliver-check-in";
import { notifyOwnersOfQuotaBlock } from "./notify-quota-block";
import { supersedeOlderCheckIns } from "./supersede-check-ins";

export type DispatchOptions = {
  now: Date;
  batchSize?: number;
  concurrency?: number;
  lanes?: number;
  staleAfterMs?: number;
  maxBatches?: number;
  // Stop claiming after this long (ms); the job queues a follow-up run, so no run outlives its job's expiry.
  maxRunMs?: number;
  // Called after each claim with how many rows it got (e.g. to ask other workers for help).
  onBatchClaimed?: (claimed: number, batchSize: number) => Promise<void>;
};

export async function dispatchDueCheckIns(options: DispatchOptions): Promise<DeliveryResult[]> {
  const results: DeliveryResult[] = [];
  const lanes = options.lanes ?? 2;
  const batchSize = Math.min(maxBatchSize, options.batchSize ?? maxBatchSize);
  const concurrency = options.concurrency ?? 1;
  const staleAfterMs = options.staleAfterMs ?? defaultStaleAfterMs;
  const stopAt = Date.now() + (options.maxRunMs ?? Number.POSITIVE_INFINITY);
  // Rows this run holds: never "stale" to its other lane, whatever the timeout.
  const held = new Set<string>();
  await failExhaustedCheckIns(staleAfterMs);
  if (await readQuotaBlock()) return results;
  await supersedeOlderCheckIns(options.now);
  let batches = 0;
  let stopped = false;
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (!stopped && batches < (options.maxBatches ?? Number.POSITIVE_INFINITY) && Date.now() < stopAt) {
        batches++;
        const ids = await claimDueCheckIns({ now: options.now, limit: batchSize, staleAfterMs, held });
        for (const id of ids) held.add(id);
        // Only a hint: a failure here must not strand the rows just claimed.
        await options.onBatchClaimed?.(ids.length, batchSize).catch((error: unknown) => console.error("[check-ins]", error));
        if (ids.length === 0) {
          stopped = true;
          break;
        }
        const heartbeat = setInterval(() => void touchHeldCheckIns(ids).catch(() => undefined), heartbeatMs);
        try {
          const delivered = await deliverSafely(ids, concurrency);
          results.push(...delivered);
          if (delivered.some((result) => result.deferredBy === "quota")) stopped = true;
        } finally {
          clearInterval(heartbeat);
          for (const id of ids) held.delete(id);
        }
      }
    }),
  );
  if (results.some((result) => result.deferredBy === "quota")) await notifyOwnersOfQuotaBlock();
  return results;
}

// An unexpected error (database hiccup, template bug) leaves the batch's rows in SENDING; they are retried
// after the stale timeout with the same stored batch, and given up as FAILED after the last attempt.
async function deliverSafely(ids: string[], concurrency: number): Promise<DeliveryResult[]> {
  try {
    return await deliverCheckIns(ids, { concurrency });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`[check-ins] a batch of ${ids.length} could not be sent: ${message}`);
    return ids.map((checkInId) => ({ checkInId, outcome: "FAILED", error: message }));
  }
}
