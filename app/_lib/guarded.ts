import "server-only";
import { notFound, redirect } from "next/navigation";
import { TRPCError } from "@trpc/server";

// Turns a procedure's refusal into what a page should do: sign in, go home, or show "not found".
// Pages render alongside their layout's guard, so they must handle refusals themselves.
export async function guarded<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof TRPCError) {
      if (error.code === "UNAUTHORIZED") redirect("/sign-in");
      if (error.code === "FORBIDDEN") redirect("/");
      if (error.code === "NOT_FOUND") notFound();
    }
    throw error;
  }
}
