import type { NextRequest } from "next/server";
import { handlers } from "@/server/auth";
import { clientIp, readSignInEmail, recordSignInAttempt } from "@/server/identity";

export const GET = handlers.GET;

// Direct posts to the magic-link endpoint obey the same per-address and per-IP limit as the sign-in page,
// counted on the address next-auth will send the link to.
export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname.endsWith("/signin/email")) {
    const read = await readSignInEmail(request);
    if (!read.ok) return new Response(read.message, { status: read.status });
    const verdict = await recordSignInAttempt(read.email, clientIp(request.headers));
    if (!verdict.allowed) {
      return new Response(`Too many sign-in links requested. Try again in ${verdict.retryAfterMinutes} minutes.`, {
        status: 429,
      });
    }
  }
  return handlers.POST(request);
}
