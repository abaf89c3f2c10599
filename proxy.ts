// Runs before every page and API request: a fresh CSP nonce and the security headers.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, securityHeaders, uploadedFilePolicy } from "./server/security/content-security-policy";

export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV !== "production" });
  // Next.js reads the nonce for its own scripts from the request's policy header.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  // Uploaded files keep their own policy (nothing may run or load from them); pages get the page policy.
  response.headers.set("Content-Security-Policy", request.nextUrl.pathname.startsWith("/uploads/") ? uploadedFilePolicy : policy);
  const https = request.nextUrl.protocol === "https:" || (process.env.APP_URL ?? "").startsWith("https:");
  for (const [name, value] of Object.entries(securityHeaders({ https: https && process.env.NODE_ENV === "production" }))) {
    response.headers.set(name, value);
  }
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
