// The REST dispatcher behind app/api/v1/[...path]: find the route, pass the API-key gate, count the
// request, validate path, query and body with the route's zod schemas, apply Idempotency-Key, call the
// handler and turn every failure into problem+json. Bad input is always a 4xx and changes nothing.
import { ZodError, type z } from "zod";
import { getEnv } from "../../env";
import { DomainError } from "../../errors";
import { authenticateApiKey } from "../api-keys/authenticate-api-key";
import type { RouteDefinition } from "./define-route";
import { claimIdempotencyKey, finishIdempotencyKey, requestFingerprint } from "./idempotency";
import { problem, problemFromDomainError, problemFromZod, problemResponse, type Problem } from "./problem";
import { countApiRequest } from "./rate-limit";
import { matchRoute } from "./match-route";

const maxBodyBytes = 256 * 1024;

class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
  }
}

function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (depth > 20 || value === null || typeof value !== "object") return false;
  return Object.values(value).some((item) => containsNul(item, depth + 1));
}

function parseWith<S extends z.ZodType>(schema: S | undefined, value: unknown, where: "body" | "query" | "path") {
  if (!schema) return undefined;
  if (containsNul(value)) throw new ProblemError(problem(400, "Text cannot contain the NUL character."));
  const result = schema.safeParse(value);
  if (!result.success) {
    // A malformed id in the path names nothing that exists.
    if (where === "path") throw new ProblemError(problem(404, "Not found"));
    throw new ProblemError(problemFromZod(result.error, where));
  }
  return result.data;
}

function queryObject(url: URL): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams) {
    if (name in query) throw new ProblemError(problem(400, `Send the query parameter "${name}" once.`));
    query[name] = value;
  }
  return query;
}

async function readBody(request: Request, route: RouteDefinition): Promise<{ raw: string; value: unknown }> {
  if (!route.body) return { raw: "", value: undefined };
  const raw = await request.text();
  if (Buffer.byteLength(raw) > maxBodyBytes) throw new ProblemError(problem(413, "The request body is larger than 256 KB."));
  if (raw.trim() === "") return { raw, value: {} };
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/([a-z.+-]*\+)?json\s*(;|$)/i.test(type)) {
    throw new ProblemError(problem(415, "Send the body as application/json."));
  }
  try {
    return { raw, value: JSON.parse(raw) };
  } catch {
    throw new ProblemError(problem(400, "The request body is not valid JSON."));
  }
}

function json(status: number, body: unknown, headers: Record<string, string>) {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

function problemFromError(error: unknown): Problem {
  if (error instanceof ProblemError) return error.problem;
  if (error instanceof DomainError) return problemFromDomainError(error.kind, error.message);
  if (error instanceof ZodError) return problemFromZod(error, "body");
  if ((error as { code?: string })?.code === "P2002") return problem(409, "That conflicts with an existing record.");
  console.error("[api] internal error:", error);
  return problem(500, "Something went wrong on our side. Nothing was changed; please try again.");
}

export async function handleRestRequest(request: Request, path: string): Promise<Response> {
  const method = request.method.toUpperCase();
  const match = matchRoute(method, path);
  if (match.kind === "none") return problemResponse(problem(404, "There is no such API route."));
  if (match.kind === "method") {
    return problemResponse(problem(405, `Use ${match.allowed.join(" or ")}.`), { allow: match.allowed.join(", ") });
  }
  const { route, params } = match;
  const caller = await authenticateApiKey(request.headers.get("authorization"), route.scope);
  if ("status" in caller) return problemResponse({ ...problem(caller.status, caller.detail), title: caller.title });
  const limit = await countApiRequest(caller.apiKeyId, getEnv().API_RATE_LIMIT_PER_MINUTE);
  if (!limit.allowed) return problemResponse(problem(429, "Too many requests for this API key; slow down."), limit.headers);

  let idempotencyRecord: string | null = null;
  try {
    const url = new URL(request.url);
    const parsedParams = parseWith(route.params, params, "path");
    const query = parseWith(route.query, queryObject(url), "query");
    const { raw, value } = await readBody(request, route);
    const body = parseWith(route.body, value, "body");
    const key = request.headers.get("idempotency-key");
    if (key !== null && method === "POST") {
      if (!/^[\x21-\x7e]{1,255}$/.test(key)) {
        throw new ProblemError(problem(400, "Idempotency-Key must be 1 to 255 visible ASCII characters."));
      }
      const claim = await claimIdempotencyKey(caller.apiKeyId, key, requestFingerprint(method, path, raw));
      if (claim.kind === "conflict") throw new ProblemError(problem(409, claim.detail));
      if (claim.kind === "replay") return json(claim.status, claim.body, { ...limit.headers, "idempotent-replayed": "true" });
      idempotencyRecord = claim.recordId;
    }
    const result = await route.handler({ caller, params: parsedParams, query, body });
    const status = result.status ?? 200;
    if (idempotencyRecord) await finishIdempotencyKey(idempotencyRecord, status, result.body);
    return json(status, result.body, limit.headers);
  } catch (error) {
    const failure = problemFromError(error);
    if (idempotencyRecord) await finishIdempotencyKey(idempotencyRecord, failure.status, failure);
    return problemResponse(failure, limit.headers);
  }
}
