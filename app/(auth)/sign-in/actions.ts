"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn, signOut } from "@/server/auth";
import { clientIp, recordSignInAttempt } from "@/server/identity";
import { organizationRequiringSsoFor } from "@/server/identity";

export type SignInState = { error: string | null; email: string };

const emailSchema = z.email("Enter a valid email address, like you@company.com").max(254);

export async function requestMagicLink(_previous: SignInState, form: FormData): Promise<SignInState> {
  const raw = String(form.get("email") ?? "")
    .trim()
    .toLowerCase();
  const parsed = emailSchema.safeParse(raw);
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Invalid email", email: raw };
  const verdict = await recordSignInAttempt(parsed.data, clientIp(await headers()));
  if (!verdict.allowed) {
    return {
      error: `Too many sign-in links requested for this address or network. Try again in ${verdict.retryAfterMinutes} minutes.`,
      email: raw,
    };
  }
  // next-auth's signIn callback refuses it anyway; this says why, on the page.
  const requiring = await organizationRequiringSsoFor(parsed.data);
  if (requiring) {
    return { error: `${requiring} requires its staff to sign in with SSO: use "Sign in with SSO" below.`, email: raw };
  }
  try {
    await signIn("email", { email: parsed.data, redirectTo: "/", redirect: false });
  } catch (error) {
    console.error("[auth] could not send a magic link:", error);
    return { error: "We could not send your sign-in link. Please try again in a minute.", email: raw };
  }
  redirect("/sign-in/check-email");
}

export async function signOutAction() {
  await signOut({ redirectTo: "/sign-in" });
}
