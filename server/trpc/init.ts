// tRPC initialisation: serialization, the error formatter and the DomainError mapping.
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError, z } from "zod";
import { DomainError } from "../errors";
import { logger } from "../platform/logging/logger";
import type { TrpcContext } from "./context";

export const t = initTRPC.context<TrpcContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const zodError = error.cause instanceof ZodError ? z.flattenError(error.cause) : null;
    // Internal errors never leak their message or stack to the client.
    const internal = error.code === "INTERNAL_SERVER_ERROR";
    return {
      ...shape,
      message: internal ? "Something went wrong on our side. Your change was not saved; please try again." : shape.message,
      data: { code: shape.data.code, httpStatus: shape.data.httpStatus, zodError },
    };
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
