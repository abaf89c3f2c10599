// RFC 9457 problem details: every REST error has this one shape, with a human message and, for invalid
// input, one entry per field (a JSON pointer-like path and a message).
import { z, type ZodError } from "zod";
import type { DomainErrorKind } from "../../errors";

export type FieldError = { field: string; message: string };

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
};

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details" });

const titles: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  409: "Conflict",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
};

export function problem(status: number, detail: string, errors?: FieldError[]): Problem {
  return { type: "about:blank", title: titles[status] ?? "Error", status, detail, ...(errors ? { errors } : {}) };
}

export function problemFromZod(error: ZodError, where: "body" | "query" | "path" | "header"): Problem {
  const errors = error.issues.map((issue) => ({
    field: [where, ...issue.path.map(String)].join("."),
    message: issue.message,
  }));
  return problem(422, "Some fields are not valid; see errors.", errors);
}

// A service's DomainError as an HTTP status. BAD_REQUEST from a service is a rule the input broke
// (e.g. "that template has no published version"), so it is a 422 like a schema failure.
const statusByKind: Record<DomainErrorKind, number> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  BAD_REQUEST: 422,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
};

export function problemFromDomainError(kind: DomainErrorKind, message: string): Problem {
  return problem(statusByKind[kind], message);
}

export function problemResponse(body: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { "content-type": "application/problem+json", ...headers },
  });
}
