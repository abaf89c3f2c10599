import "server-only";
import { TRPCError } from "@trpc/server";

// For public pages reached from email links: a refused procedure becomes a message to show, not a 500.
export async function tryCall<T>(call: Promise<T>): Promise<{ ok: true; value: T } | { ok: false; message: string }> {
  try {
    return { ok: true, value: await call };
  } catch (error) {
    if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") return { ok: false, message: error.message };
    throw error;
  }
}
