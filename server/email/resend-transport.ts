// Delivery through the Resend SDK. The SDK reads RESEND_BASE_URL when constructed, which lets tests and
// self-hosters point it at any server that speaks Resend's API. Every request (first tries and retries, single
// emails and batches) first reserves a slot in the team's shared budget (team-rate-limit.ts).
import { Resend, type CreateBatchOptions } from "resend";
import { getEnv } from "../env";
import { blockForQuota, holdResendRequests, QuotaBlockedError, reserveResendSlot, waitAskedFor } from "./team-rate-limit";

export type ResendMessage = {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  replyTo?: string;
  headers?: Record<string, string>;
  idempotencyKey: string;
};

// providerId is null when Resend reports that an earlier attempt already sent the email (see below).
export type DeliveryOutcome = { ok: true; providerId: string | null } | { ok: false; error: string; retryable: boolean };

// What became of one batch request. `answered` lists each email by its position: its id, or why Resend refused it.
export type BatchOutcome =
  | { kind: "answered"; items: ({ providerId: string } | { error: string })[] }
  // An earlier attempt with this key was accepted (409 invalid_idempotent_request): sent, ids unknown.
  | { kind: "sent-unknown-ids" }
  // Refused as a whole (e.g. 422): nothing went out.
  | { kind: "refused"; error: string }
  // A daily or monthly quota is used up: nothing went out.
  | { kind: "quota"; error: string }
  // Still failing after the retries: it may or may not have gone out, so it is retried later with the same key.
  | { kind: "unavailable"; error: string };

const maxAttempts = 4;
const firstBackoffMs = 500;
// A request that takes longer is abandoned and retried (same key, so a late acceptance is not doubled).
const requestTimeoutMs = 30_000;

let client: Resend | undefined;
function resend(): Resend {
  const env = getEnv();
  client ??= new Resend(env.RESEND_API_KEY, env.RESEND_BASE_URL ? { baseUrl: env.RESEND_BASE_URL } : undefined);
  return client;
}

// 429 (rate limit) and 5xx are transient: Resend asks clients to back off and try again. So is a 409
// concurrent_idempotent_requests: an earlier attempt with the same key is still in flight.
function isRetryable(statusCode: number | null, name: string): boolean {
  return statusCode === null || statusCode === 429 || statusCode >= 500 || name === "concurrent_idempotent_requests";
}

const isQuota = (name: string): name is "daily_quota_exceeded" | "monthly_quota_exceeded" =>
  name === "daily_quota_exceeded" || name === "monthly_quota_exceeded";

// A 409 invalid_idempotent_request means the key was already used by a request with a different body: an
// attempt that Resend accepted before this worker crashed, rendered a moment earlier. That email went out.
const alreadySentUnderThisKey = "invalid_idempotent_request";

type ApiError = { statusCode: number | null; name: string; message: string };
type Attempt<T> = { data: T | null; error: ApiError | null; headers: Record<string, string> | null };

// One request with the retry policy shared by both endpoints. Resolves with the data, or with the last error.
async function withRetries<T>(
  request: (signal: AbortSignal) => Promise<Attempt<T>>,
): Promise<{ data: T } | { error: ApiError; final: "quota" | "refused" | "unavailable"; retryAfterMs: number | null }> {
  let last: ApiError = { statusCode: null, name: "application_error", message: "unknown error" };
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    await reserveResendSlot();
    let asked: number | null = null;
    try {
      const answer = await request(AbortSignal.timeout(requestTimeoutMs));
      if (!answer.error && answer.data) {
        asked = waitAskedFor(answer.headers);
        if (asked) await holdResendRequests(asked);
        return { data: answer.data };
      }
      last = answer.error ?? { statusCode: null, name: "application_error", message: "Empty answer" };
      asked = waitAskedFor(answer.headers);
      if (isQuota(last.name)) return { error: last, final: "quota", retryAfterMs: asked };
      if (!isRetryable(last.statusCode, last.name)) return { error: last, final: "refused", retryAfterMs: null };
    } catch (error) {
      last = { statusCode: null, name: "application_error", message: error instanceof Error ? error.message : String(error) };
    }
    if (attempt < maxAttempts) {
      const backoff = firstBackoffMs * 2 ** (attempt - 1);
      // Resend's own wait applies to the whole team; the backoff only to this request.
      if (asked) await holdResendRequests(asked);
      await new Promise((resolve) => setTimeout(resolve, Math.max(backoff, asked ?? 0)));
    }
  }
  return { error: last, final: "unavailable", retryAfterMs: null };
}

const describe = (error: ApiError) => `${error.statusCode ?? "network"} ${error.name}: ${error.message}`;

export async function deliverThroughResend(message: ResendMessage): Promise<DeliveryOutcome> {
  const { idempotencyKey, ...payload } = message;
  try {
    const result = await withRetries<{ id: string }>((signal) => resend().emails.send(payload, { idempotencyKey, signal }));
    if ("data" in result) return { ok: true, providerId: result.data.id };
    if (result.error.statusCode === 409 && result.error.name === alreadySentUnderThisKey) return { ok: true, providerId: null };
    if (result.final === "quota") await blockForQuota(quotaKind(result.error.name), result.error.message, result.retryAfterMs);
    return { ok: false, error: describe(result.error), retryable: result.final !== "refused" };
  } catch (error) {
    if (error instanceof QuotaBlockedError) return { ok: false, error: error.message, retryable: true };
    throw error;
  }
}

const quotaKind = (name: string) => (name === "monthly_quota_exceeded" ? "monthly" : "daily");

// One request to the batch endpoint with permissive validation: an invalid address refuses that email
// alone. `data` holds the ids of the accepted emails in order, `errors` the positions of the refused ones.
export async function sendBatchThroughResend(idempotencyKey: string, emails: CreateBatchOptions): Promise<BatchOutcome> {
  try {
    const result = await withRetries<{ data: { id: string }[]; errors?: { index: number; message: string }[] }>((signal) =>
      resend().batch.send(emails, { idempotencyKey, batchValidation: "permissive", signal }),
    );
    if ("data" in result) return mapByPosition(emails.length, result.data);
    const { error, final } = result;
    if (error.statusCode === 409 && error.name === alreadySentUnderThisKey) return { kind: "sent-unknown-ids" };
    if (final === "quota") {
      await blockForQuota(quotaKind(error.name), error.message, result.retryAfterMs);
      return { kind: "quota", error: describe(error) };
    }
    return final === "refused" ? { kind: "refused", error: describe(error) } : { kind: "unavailable", error: describe(error) };
  } catch (error) {
    if (error instanceof QuotaBlockedError) return { kind: "quota", error: error.message };
    throw error;
  }
}

function mapByPosition(
  count: number,
  answer: { data: { id: string }[]; errors?: { index: number; message: string }[] },
): BatchOutcome {
  const refused = new Map((answer.errors ?? []).map((item) => [item.index, item.message]));
  const ids = [...answer.data];
  if (ids.length + refused.size !== count) {
    return { kind: "unavailable", error: `Resend answered ${ids.length} ids and ${refused.size} errors for ${count} emails` };
  }
  const items = Array.from({ length: count }, (_, index) => {
    const reason = refused.get(index);
    return reason !== undefined ? { error: `Refused by Resend: ${reason}` } : { providerId: ids.shift()!.id };
  });
  return { kind: "answered", items };
}
