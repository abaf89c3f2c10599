// Signed, expiring tokens for links in emails that act without signing in (check-in answers,
// unsubscribe). HMAC-SHA256 over the payload with a key derived from AUTH_SECRET per purpose, so a
// token minted for one purpose can never be replayed for another.
import { createHmac, timingSafeEqual } from "node:crypto";
import { getEnv } from "../../env";

export type TokenPurpose = "checkin-answer" | "unsubscribe";

function keyFor(purpose: TokenPurpose): Buffer {
  return createHmac("sha256", getEnv().AUTH_SECRET).update(`onward-email-token:${purpose}`).digest();
}

function mac(purpose: TokenPurpose, body: string): string {
  return createHmac("sha256", keyFor(purpose)).update(body).digest("base64url");
}

export function signToken(purpose: TokenPurpose, data: Record<string, string>, expiresAt: Date): string {
  const body = Buffer.from(JSON.stringify({ ...data, exp: Math.floor(expiresAt.getTime() / 1000) })).toString("base64url");
  return `${body}.${mac(purpose, body)}`;
}

export type TokenCheck = { ok: true; data: Record<string, string> } | { ok: false; reason: "invalid" | "expired" };

export function verifyToken(purpose: TokenPurpose, token: string, now = new Date()): TokenCheck {
  const [body, signature, extra] = token.split(".");
  if (!body || !signature || extra !== undefined) return { ok: false, reason: "invalid" };
  const expected = Buffer.from(mac(purpose, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: "invalid" };
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
  } catch {
    return { ok: false, reason: "invalid" };
  }
  if (typeof parsed !== "object" || parsed === null) return { ok: false, reason: "invalid" };
  const { exp, ...rest } = parsed as Record<string, unknown>;
  if (typeof exp !== "number") return { ok: false, reason: "invalid" };
  if (exp * 1000 < now.getTime()) return { ok: false, reason: "expired" };
  const data: Record<string, string> = {};
  for (const [key, value] of Object.entries(rest)) if (typeof value === "string") data[key] = value;
  return { ok: true, data };
}
