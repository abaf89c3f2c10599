// tRPC initialisation: serialization, the error formatter and the DomainError mapping.
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError, z } from "zod";
import { DomainError } from "../errors";
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
    console.error("[trpc] internal error:", result.error.cause ?? result.error);
  }
  return result;
});

export const createCallerFactory = t.createCallerFactory;
export const router = t.router;
