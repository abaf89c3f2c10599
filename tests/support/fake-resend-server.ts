// A local HTTP server that speaks the part of Resend's API Onward uses (POST /emails, POST /emails/batch),
// so the real Resend SDK can be tested without the network. It honours Idempotency-Key like Resend does
// (the same key and body answer the first email's id; the same key with another body is a 409
// invalid_idempotent_request) and can be told to answer the next requests with an error status (429, 500, ...).
import { createHash, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";

export type ReceivedEmail = {
  id: string;
  idempotencyKey: string | null;
  from: string;
  to: string | string[];
  subject: string;
  html?: string;
  text?: string;
  reply_to?: string | string[];
  headers?: Record<string, string>;
};

export type FakeResend = {
  url: string;
  received: ReceivedEmail[];
  requests: number;
  // Every accepted POST per idempotency key, repeats included (Resend would drop the repeats).
  postsByKey: Map<string, number>;
  failNext(statuses: number[]): void;
  close(): Promise<void>;
};

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => resolve(body));
    request.on("error", reject);
  });
}

// `keepBodies: false` drops html and text after parsing (a benchmark sending 100,000 emails would otherwise
// hold a gigabyte of them).
export async function startFakeResend(options: { keepBodies?: boolean } = {}): Promise<FakeResend> {
  const keepBodies = options.keepBodies ?? true;
  const received: ReceivedEmail[] = [];
  const byKey = new Map<string, { id: string; fingerprint: string }>();
  const postsByKey = new Map<string, number>();
  const failures: number[] = [];
  const state = { requests: 0 };

  // The email's id, or null when the key was used before with another body.
  const accept = (payload: Omit<ReceivedEmail, "id" | "idempotencyKey">, key: string | null): string | null => {
    if (key) postsByKey.set(key, (postsByKey.get(key) ?? 0) + 1);
    const fingerprint = createHash("sha256").update(JSON.stringify(payload)).digest("hex");
    const known = key ? byKey.get(key) : undefined;
    if (known) return known.fingerprint === fingerprint ? known.id : null;
    const id = randomUUID();
    if (key) byKey.set(key, { id, fingerprint });
    const { html, text, ...rest } = payload;
    received.push({ ...rest, ...(keepBodies ? { html, text } : {}), id, idempotencyKey: key });
    return id;
  };
  const keyReused = {
    statusCode: 409,
    name: "invalid_idempotent_request",
    message: "Same idempotency key used with a different request payload.",
  };

  const server: Server = createServer(async (request, response) => {
    state.requests++;
    const body = await readBody(request);
    const respond = (status: number, json: unknown) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(json));
    };
    if (request.headers.authorization?.startsWith("Bearer re_") !== true) {
      return respond(401, { statusCode: 401, name: "missing_api_key", message: "Missing API key" });
    }
    const failure = failures.shift();
    if (failure) {
      const name = failure === 429 ? "rate_limit_exceeded" : "internal_server_error";
      return respond(failure, { statusCode: failure, name, message: `Simulated ${failure}` });
    }
    const key = (request.headers["idempotency-key"] as string | undefined) ?? null;
    if (request.method === "POST" && request.url === "/emails") {
      const id = accept(JSON.parse(body), key);
      return id ? respond(200, { id }) : respond(409, keyReused);
    }
    if (request.method === "POST" && request.url === "/emails/batch") {
      const emails = JSON.parse(body) as Omit<ReceivedEmail, "id" | "idempotencyKey">[];
      const ids = emails.map((email, index) => accept(email, key ? `${key}:${index}` : null));
      return ids.every(Boolean) ? respond(200, { data: ids.map((id) => ({ id })) }) : respond(409, keyReused);
    }
    respond(404, { statusCode: 404, name: "not_found", message: "Not found" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    postsByKey,
    get requests() {
      return state.requests;
    },
    failNext: (statuses) => failures.push(...statuses),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
