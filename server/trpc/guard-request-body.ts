// Reads a tRPC request's body before tRPC does, so a body that is too large, not JSON, or not an object
// answers a plain 413/400 with the one error shape instead of a parser's message. Passes a clean copy on.
import { maxTrpcBodyBytes } from "../../lib/limits/request-limits";

type Verdict = { ok: true; request: Request } | { ok: false; response: Response };

// The same envelope tRPC itself answers with (superjson's `json` wrapper), so the client reads it too.
function trpcErrorResponse(status: number, code: string, message: string): Response {
  const data = { code, httpStatus: status, fieldErrors: {}, formErrors: [] };
  return Response.json({ error: { json: { message, code: code === "PARSE_ERROR" ? -32700 : -32600, data } } }, { status });
}

const megabytes = `${Math.round(maxTrpcBodyBytes / (1024 * 1024))} MB`;
const tooLarge = () => trpcErrorResponse(413, "PAYLOAD_TOO_LARGE", `The request is too large: the limit is ${megabytes}.`);

async function readLimited(request: Request): Promise<string | null> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxTrpcBodyBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const notJson = () => trpcErrorResponse(400, "PARSE_ERROR", "The request is not valid JSON.");

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

export async function guardRequestBody(request: Request): Promise<Verdict> {
  if (request.method !== "POST") {
    // A query's input travels in the URL.
    const input = new URL(request.url).searchParams.get("input");
    return input !== null && !isJson(input) ? { ok: false, response: notJson() } : { ok: true, request };
  }
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxTrpcBodyBytes) return { ok: false, response: tooLarge() };
  const text = await readLimited(request);
  if (text === null) return { ok: false, response: tooLarge() };
  if (text.trim() !== "") {
    if (!isJson(text)) return { ok: false, response: notJson() };
    const parsed: unknown = JSON.parse(text);
    const batch = new URL(request.url).searchParams.get("batch") === "1";
    // A call's input travels as superjson's { json, meta } object; a batch is an object of those.
    const slots = batch && isPlainObject(parsed) ? Object.values(parsed) : [parsed];
    if (!isPlainObject(parsed) || slots.some((slot) => !isPlainObject(slot))) {
      return {
        ok: false,
        response: trpcErrorResponse(400, "BAD_REQUEST", "The request body must be a JSON object with the call's input."),
      };
    }
  }
  const headers = new Headers(request.headers);
  headers.delete("content-length");
  return { ok: true, request: new Request(request.url, { method: "POST", headers, body: text }) };
}
