// Dev-tool actions (running the scheduler as of a date) change real data, so each one must come from this
// site (Origin / Sec-Fetch-Site) and carry the dev-tools token, which only the dev outbox page shows. A
// page on another site can neither read the token nor pass the origin check, so a cross-site form post
// does nothing.
import { createHmac, timingSafeEqual } from "node:crypto";
import { getEnv } from "../env";

export function devToolsToken(): string {
  return createHmac("sha256", getEnv().AUTH_SECRET).update("onward-dev-tools").digest("base64url");
}

export function verifyDevToolsRequest(request: Request, token: string): { ok: true } | { ok: false; reason: string } {
  if (request.headers.get("sec-fetch-site") === "cross-site") return { ok: false, reason: "Cross-site requests are not allowed" };
  const allowed = [new URL(getEnv().APP_URL).origin, new URL(request.url).origin];
  const origin = request.headers.get("origin");
  if (!origin || !allowed.includes(origin)) return { ok: false, reason: "Dev tools accept requests from this site only" };
  const expected = Buffer.from(devToolsToken());
  const given = Buffer.from(token);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: "Missing or wrong dev-tools token: use the form on /dev/outbox" };
  }
  return { ok: true };
}
