import type { NextRequest } from "next/server";
import { handlers } from "@/server/auth";
import { clientIp, recordSignInAttempt } from "@/server/identity";

export const GET = handlers.GET;

// Direct posts to the magic-link endpoint obey the same per-address and per-IP limit as the sign-in page.
export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname.endsWith("/signin/email")) {
    const form = await request.clone().formData();
    const email = String(form.get("email") ?? "")
      .trim()
      .toLowerCase();
    const verdict = await recordSignInAttempt(email, clientIp(request.headers));
    if (!verdict.allowed) {
      return new Response(`Too many sign-in links requested. Try again in ${verdict.retryAfterMinutes} minutes.`, {
        status: 429,
      });
    }
  }
  return handlers.POST(request);
}
