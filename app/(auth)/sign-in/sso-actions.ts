"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { signInWithSso } from "@/server/auth";
import { findSsoOrganizationForEmail } from "@/server/identity";
import { ssoRefusedPath } from "@/server/identity";

export type SsoSignInState = { error: string | null; email: string };

const emailSchema = z.email("Enter your work email address, like you@company.com").max(254);

// Finds the organization by the address's verified domain and sends the browser to its identity provider.
export async function startSsoSignIn(_previous: SsoSignInState, form: FormData): Promise<SsoSignInState> {
  const raw = String(form.get("email") ?? "")
    .trim()
    .toLowerCase();
  const parsed = emailSchema.safeParse(raw);
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Invalid email", email: raw };
  const organizationId = await findSsoOrganizationForEmail(parsed.data);
  if (!organizationId) {
    return {
      error: `No organization signs in with SSO for @${parsed.data.split("@")[1]}. Use the email link instead.`,
      email: raw,
    };
  }
  // Redirects to the identity provider; it returns only when the sign-in cannot start.
  const refusal = await signInWithSso(organizationId, parsed.data);
  redirect(ssoRefusedPath(refusal));
}
