// A local HTTP server that answers like Resend's API for the two endpoints Onward uses, so the real Resend
// SDK can be tested without the network. Followed from Resend's documentation:
// - POST /emails and POST /emails/batch (up to 100 emails per request, no attachments):
//   https://resend.com/docs/api-reference/emails/send-email, https://resend.com/docs/api-reference/emails/send-batch-emails,
//   https://resend.com/docs/dashboard/emails/batch-sending
// - Idempotency keys: one key per request (a batch has one key, not one per email), up to 256 characters,
//   kept 24 hours; the same key and body answer the first answer again, the same key with another body is
//   409 invalid_idempotent_request, the same key while the first request is still running is 409
//   concurrent_idempotent_requests: https://resend.com/docs/dashboard/emails/idempotency-keys,
//   https://resend.com/changelog/batch-idempotency-keys
// - Batch validation: `x-batch-validation: strict` (default; one invalid email fails the whole request with a 422)
//   or `permissive` (valid emails are sent; `errors: [{ index, message }]` lists the others, `data` holds the
//   ids of the sent ones in order): https://resend.com/changelog/batch-validation-modes
// - Errors are `{ statusCode, name, message }` (names such as validation_error, missing_required_field,
//   rate_limit_exceeded, daily_quota_exceeded, monthly_quota_exceeded): https://resend.com/docs/api-reference/errors
// - Rate limit per team (default 2 requests per second across all keys): 429 with `retry-after` and the
//   `ratelimit-limit`, `ratelimit-remaining`, `ratelimit-reset` headers on every answer:
//   https://resend.com/docs/api-reference/introduction#rate-limit. Quotas (daily, monthly) also answer 429.
// Faults can be injected: an error status for the next requests, requests that never answer (the client
// times out), and a connection dropped after the batch was accepted (the client never hears the answer).
import { createHash, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Socket } from "node:net";

export type ReceivedEmail = {
  id: string;
  // The request's idempotency key (for a batch: the batch's) and the email's place in its batch.
  idempotencyKey: string | null;
  batchIndex: number | null;
  from: string;
  to: string | string[];
  subject: string;
  html?: string;
  text?: string;
  reply_to?: string | string[];
  headers?: Record<string, string>;
};

type ApiEmail = Omit<ReceivedEmail, "id" | "idempotencyKey" | "batchIndex">;

export type RequestRecord = { at: number; path: string; status: number; key: string | null; emails: number };

export type FakeResendOptions = {
  // Drop html and text after parsing (a benchmark sending 100,000 emails would otherwise hold a gigabyte).
  keepBodies?: boolean;
  // The team's rate limit in requests per second (a token bucket holding up to that many); off when absent.
  requestsPerSecond?: number;
  // Emails per day / per month before the quota 429s.
  dailyQuota?: number;
  monthlyQuota?: number;
};

export type FakeResend = {
  url: string;
  // Every email Resend accepted, once (a repeated request with the same key adds nothing).
  received: ReceivedEmail[];
  requests: number;
  requestLog: RequestRecord[];
  // Every POST per idempotency key, repeats included.
  postsByKey: Map<string, number>;
  // Answer the next requests with these statuses (429 is a rate-limit answer, others a server error).
  failNext(statuses: number[]): void;
  // The next `count` requests are never answered (nor processed).
  hangNext(count: number): void;
  // The next `count` requests are processed and stored, then the connection is dropped before the answer.
  dropAfterAcceptNext(count: number): void;
  // The next requests answer a quota 429 of this kind until `restoreQuota()`.
  exhaustQuota(kind: "daily" | "monthly"): void;
  restoreQuota(): void;
  setRequestsPerSecond(rate: number | undefined): void;
  close(): Promise<void>;
};

const dayMs = 86_400_000;
const maxBatch = 100;
const emailPattern = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => (body += chunk));
    request.on("end", () => resolve(body));
    request.on("error", reject);
  });
}

const apiError = (statusCode: number, name: string, message: string) => ({ statusCode, name, message });

function addressOf(value: string): string {
  return value.match(/<([^>]+)>\s*$/)?.[1] ?? value.trim();
}

// Why Resend would refuse this email, or null. Messages follow Resend's wording.
function invalidReason(email: Partial<ApiEmail> | null): { name: string; message: string } | null {
  if (!email || typeof email !== "object") return { name: "validation_error", message: "Invalid email payload." };
  if (!email.from) return { name: "missing_required_field", message: "Missing `from` field." };
  if (!email.to || (Array.isArray(email.to) && email.to.length === 0)) {
    return { name: "missing_required_field", message: "Missing `to` field." };
  }
  if (!email.subject) return { name: "missing_required_field", message: "Missing `subject` field." };
  const recipients = [email.to].flat();
  if (recipients.length > 50) return { name: "validation_error", message: "Too many recipients: at most 50." };
  for (const recipient of recipients) {
    if (typeof recipient !== "string" || !emailPattern.test(addressOf(recipient))) {
      return {
        name: "validation_error",
        message:
          "Invalid `to` field. The email address needs to follow the `email@example.com` or `Name <email@example.com>` format.",
      };
    }
  }
  if (!emailPattern.test(addressOf(email.from))) {
    return {
      name: "validation_error",
      message:
        "Invalid `from` field. The email address needs to follow the `email@example.com` or `Name <email@example.com>` format.",
    };
  }
  if (!email.html && !email.text) return { name: "validation_error", message: "Missing `html` or `text` field." };
  return null;
}

type Answer = { status: number; json: unknown };
type StoredKey = { fingerprint: string; answer: Answer | null; expiresAt: number };

export async function startFakeResend(options: FakeResendOptions = {}): Promise<FakeResend> {
  const keepBodies = options.keepBodies ?? true;
  const received: ReceivedEmail[] = [];
  const requestLog: RequestRecord[] = [];
  const keys = new Map<string, StoredKey>();
  const postsByKey = new Map<string, number>();
  const failures: number[] = [];
  const faults = { hang: 0, drop: 0 };
  const quota = { blocked: null as "daily" | "monthly" | null, day: 0, month: 0 };
  const sockets = new Set<Socket>();
  const state = { requests: 0 };
  let rate = options.requestsPerSecond;
  let bucket = { tokens: rate ?? 0, at: Date.now() };

  // Team token bucket: `rate` tokens at most, refilled at `rate` a second.
  const takeToken = (): { ok: boolean; remaining: number; resetSeconds: number; retryAfterSeconds: number } => {
    if (!rate) return { ok: true, remaining: 0, resetSeconds: 0, retryAfterSeconds: 0 };
    const now = Date.now();
    bucket = { tokens: Math.min(rate, bucket.tokens + ((now - bucket.at) / 1000) * rate), at: now };
    const ok = bucket.tokens >= 1;
    if (ok) bucket.tokens -= 1;
    const missing = Math.max(0, 1 - bucket.tokens);
    return {
      ok,
      remaining: Math.floor(bucket.tokens),
      resetSeconds: Math.ceil((rate - bucket.tokens) / rate),
      retryAfterSeconds: Math.max(1, Math.ceil(missing / rate)),
    };
  };

  // Accepts the emails that pass validation; returns the answer (and stores the emails).
  const processEmails = (emails: ApiEmail[], key: string | null, batch: boolean, permissive: boolean): Answer => {
    const problems = emails.map(invalidReason);
    if (!batch || !permissive) {
      const index = problems.findIndex(Boolean);
      if (index >= 0) {
        const problem = problems[index]!;
        return {
          status: 422,
          json: apiError(422, problem.name, batch ? `emails[${index}]: ${problem.message}` : problem.message),
        };
      }
    }
    const accepted = emails.filter((_, index) => !problems[index]).length;
    const quotaHit =
      (options.dailyQuota !== undefined && quota.day + accepted > options.dailyQuota && "daily") ||
      (options.monthlyQuota !== undefined && quota.month + accepted > options.monthlyQuota && "monthly") ||
      null;
    if (quotaHit) return quotaAnswer(quotaHit);
    quota.day += accepted;
    quota.month += accepted;
    const ids: { id: string }[] = [];
    const errors: { index: number; message: string }[] = [];
    emails.forEach((email, index) => {
      const problem = problems[index];
      if (problem) return errors.push({ index, message: problem.message });
      const id = randomUUID();
      ids.push({ id });
      const { html, text, ...rest } = email;
      received.push({
        ...rest,
        ...(keepBodies ? { html, text } : {}),
        id,
        idempotencyKey: key,
        batchIndex: batch ? index : null,
      });
    });
    if (!batch) return { status: 200, json: ids[0] };
    return { status: 200, json: permissive ? { data: ids, errors } : { data: ids } };
  };

  const quotaAnswer = (kind: "daily" | "monthly"): Answer => ({
    status: 429,
    json:
      kind === "daily"
        ? apiError(429, "daily_quota_exceeded", "You have reached your daily email sending quota.")
        : apiError(429, "monthly_quota_exceeded", "You have reached your monthly email sending quota."),
  });

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    state.requests++;
    const body = await readBody(request);
    const path = request.url ?? "";
    const key = (request.headers["idempotency-key"] as string | undefined) ?? null;
    const record: RequestRecord = { at: Date.now(), path, status: 0, key, emails: 0 };
    requestLog.push(record);
    const headers: Record<string, string> = { "content-type": "application/json" };
    const respond = (answer: Answer) => {
      record.status = answer.status;
      response.writeHead(answer.status, headers);
      response.end(JSON.stringify(answer.json));
    };
    if (request.headers.authorization?.startsWith("Bearer re_") !== true) {
      return respond({ status: 401, json: apiError(401, "missing_api_key", "Missing API key in the authorization header.") });
    }
    if (request.method !== "POST" || (path !== "/emails" && path !== "/emails/batch")) {
      return respond({ status: 404, json: apiError(404, "not_found", "The requested endpoint does not exist.") });
    }
    if (key) postsByKey.set(key, (postsByKey.get(key) ?? 0) + 1);
    const token = takeToken();
    if (rate) {
      headers["ratelimit-limit"] = String(rate);
      headers["ratelimit-remaining"] = String(token.remaining);
      headers["ratelimit-reset"] = String(token.resetSeconds);
    }
    if (!token.ok) {
      headers["retry-after"] = String(token.retryAfterSeconds);
      return respond({
        status: 429,
        json: apiError(
          429,
          "rate_limit_exceeded",
          `Too many requests. You can only make ${rate} requests per second. See rate limit response headers for more information.`,
        ),
      });
    }
    if (faults.hang > 0) {
      faults.hang--;
      record.status = -1;
      return; // never answered; the socket is destroyed when the server closes
    }
    const failure = failures.shift();
    if (failure) {
      if (failure === 429) headers["retry-after"] = "1";
      const name = failure === 429 ? "rate_limit_exceeded" : "internal_server_error";
      return respond({ status: failure, json: apiError(failure, name, `Simulated ${failure}`) });
    }
    if (quota.blocked) return respond(quotaAnswer(quota.blocked));
    if (key && key.length > 256) {
      return respond({ status: 400, json: apiError(400, "invalid_idempotency_key", "The key must be between 1-256 chars.") });
    }
    const fingerprint = createHash("sha256").update(`${path}\n${body}`).digest("hex");
    const known = key ? keys.get(key) : undefined;
    if (known && known.expiresAt > Date.now()) {
      if (known.fingerprint !== fingerprint) {
        return respond({
          status: 409,
          json: apiError(409, "invalid_idempotent_request", "Same idempotency key used with a different request payload."),
        });
      }
      if (!known.answer) {
        return respond({
          status: 409,
          json: apiError(
            409,
            "concurrent_idempotent_requests",
            "Same idempotency key used while original request is still in progress.",
          ),
        });
      }
      return respond(known.answer);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return respond({ status: 422, json: apiError(422, "validation_error", "The request body is not valid JSON.") });
    }
    const batch = path === "/emails/batch";
    if (batch && (!Array.isArray(parsed) || parsed.length === 0)) {
      return respond({
        status: 422,
        json: apiError(422, "validation_error", "The request body must be a non-empty array of emails."),
      });
    }
    if (batch && (parsed as unknown[]).length > maxBatch) {
      return respond({
        status: 422,
        json: apiError(422, "validation_error", `Too many emails in one batch: at most ${maxBatch}.`),
      });
    }
    const emails = (batch ? parsed : [parsed]) as ApiEmail[];
    record.emails = emails.length;
    const stored: StoredKey | undefined = key ? { fingerprint, answer: null, expiresAt: Date.now() + dayMs } : undefined;
    if (key && stored) keys.set(key, stored);
    const permissive = request.headers["x-batch-validation"] === "permissive";
    const answer = processEmails(emails, key, batch, permissive);
    // Only accepted requests are remembered: a refused one may be sent again with the same key.
    if (key && stored) {
      if (answer.status === 200) stored.answer = answer;
      else keys.delete(key);
    }
    if (faults.drop > 0 && answer.status === 200) {
      faults.drop--;
      record.status = -2;
      request.socket.destroy();
      return;
    }
    respond(answer);
  };

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500, { "content-type": "application/json" });
      response.end(JSON.stringify(apiError(500, "internal_server_error", String(error))));
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    requestLog,
    postsByKey,
    get requests() {
      return state.requests;
    },
    failNext: (statuses) => failures.push(...statuses),
    hangNext: (count) => void (faults.hang += count),
    dropAfterAcceptNext: (count) => void (faults.drop += count),
    exhaustQuota: (kind) => void (quota.blocked = kind),
    restoreQuota: () => void (quota.blocked = null),
    setRequestsPerSecond: (value) => {
      rate = value;
      bucket = { tokens: value ?? 0, at: Date.now() };
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
