// tRPC initialisation: serialization, the error formatter and the DomainError mapping.
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError, z } from "zod";
import type { ErrorData } from "../../lib/errors/error-shape";
import { DomainError } from "../errors";
import { logger } from "@/server/platform";
import type { TrpcContext } from "./context";

// zod's own wording for a wrong type or missing field is written for developers; people see this instead.
function humanIssueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type" || issue.code === "unrecognized_keys" || issue.code === "invalid_union") {
    return issue.path.length ? `This field is missing or not valid.` : "The request is not valid.";
  }
  return issue.message;
}

// Field errors are keyed by the first path segment, the field a form shows; deeper issues (a task in a
// milestone) keep their message and are grouped under that top-level field.
function describeZodError(error: ZodError): Pick<ErrorData, "fieldErrors" | "formErrors"> & { message: string } {
  const flat = z.flattenError(error, humanIssueMessage);
  const first = error.issues[0];
  return {
    fieldErrors: flat.fieldErrors as Record<string, string[]>,
    formErrors: flat.formErrors,
    message: first ? humanIssueMessage(first) : "The request is not valid.",
  };
}

export const t = initTRPC.context<TrpcContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }): typeof shape & { data: ErrorData } {
    const base = { code: shape.data.code, httpStatus: shape.data.httpStatus, fieldErrors: {}, formErrors: [] };
    if (error.cause instanceof ZodError) {
      const { message, ...fields } = describeZodError(error.cause);
      return { ...shape, message, data: { ...base, ...fields } };
    }
    if (error.cause instanceof DomainError && error.cause.field) {
      return { ...shape, data: { ...base, fieldErrors: { [error.cause.field]: [error.cause.message] } } };
    }
    // Internal errors never leak their message or stack to the client.
    if (error.code === "INTERNAL_SERVER_ERROR") {
      return { ...shape, message: "Something went wrong on our side. Your change was not saved; please try again.", data: base };
    }
    // tRPC's own answers to a malformed request (unparseable JSON, a null body, a bad batch) can quote
    // parser internals; they get one plain sentence instead.
    if (error.code === "PARSE_ERROR" || error.cause instanceof SyntaxError) {
      return { ...shape, message: "The request is not valid JSON.", data: base };
    }
    return { ...shape, data: base };
  },
});

// Services throw DomainError; clients receive the matching tRPC code and the service's message.
export const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: cause.kind, message: cause.message, cause });
  }
  if (!result.ok && result.error.code === "INTERNAL_SERVER_ERROR") {
    logger().error({ error: result.error.cause ?? result.error }, "trpc internal error");
  }
  return result;
});

// One line per call: which procedure, how it ended and how long it took (ids come from the request context).
export const logCalls = t.middleware(async ({ path, type, next }) => {
  const started = performance.now();
  const result = await next();
  const durationMs = Math.round(performance.now() - started);
  logger().info(
    { procedure: path, type, ok: result.ok, code: result.ok ? undefined : result.error.code, durationMs },
    "trpc call",
  );
  return result;
});

export const createCallerFactory = t.createCallerFactory;
export const router = t.router;
