// Delivery through the Resend SDK. The SDK reads RESEND_BASE_URL when constructed, which lets tests and
// self-hosters point it at any server that speaks Resend's API.
import { Resend } from "resend";
import { getEnv } from "../env";
import { TokenBucket } from "./token-bucket";

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

const maxAttempts = 4;
const firstBackoffMs = 500;

let client: Resend | undefined;
function resend(): Resend {
  const env = getEnv();
  client ??= new Resend(env.RESEND_API_KEY, env.RESEND_BASE_URL ? { baseUrl: env.RESEND_BASE_URL } : undefined);
  return client;
}

// One bucket per process: every request to Resend (first tries and retries) waits for a token.
let bucket: TokenBucket | undefined;
function throttle(): Promise<void> {
  bucket ??= new TokenBucket(getEnv().RESEND_MAX_PER_SECOND);
  return bucket.take();
}

// 429 (rate limit) and 5xx are transient: Resend asks clients to back off and try again. So is a 409
// concurrent_idempotent_requests: an earlier attempt with the same key is still in flight.
function isRetryable(statusCode: number | null, name: string): boolean {
  return statusCode === null || statusCode === 429 || statusCode >= 500 || name === "concurrent_idempotent_requests";
}

// A 409 invalid_idempotent_request means the key was already used by a request with a different body:
// an attempt that Resend accepted before this worker crashed, rendered a moment earlier (links are signed
// with the time, counts may have moved). That email went out, so this one is sent, not failed; its
// provider id is unknown, so delivery webhooks cannot be matched to it.
const alreadySentUnderThisKey = "invalid_idempotent_request";

export async function deliverThroughResend(message: ResendMessage): Promise<DeliveryOutcome> {
  let lastError = "unknown error";
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    try {
      const { idempotencyKey, ...payload } = message;
      await throttle();
      const { data, error } = await resend().emails.send(payload, { idempotencyKey });
      if (data) return { ok: true, providerId: data.id };
      if (error.statusCode === 409 && error.name === alreadySentUnderThisKey) return { ok: true, providerId: null };
      lastError = `${error.statusCode ?? "network"} ${error.name}: ${error.message}`;
      if (!isRetryable(error.statusCode, error.name)) return { ok: false, error: lastError, retryable: false };
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    if (attempt < maxAttempts) await new Promise((resolve) => setTimeout(resolve, firstBackoffMs * 2 ** (attempt - 1)));
  }
  return { ok: false, error: lastError, retryable: true };
}
