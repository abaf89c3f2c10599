// The key as the caller holds it: "onw_<prefix>_<secret>". The prefix is public and finds the row; only
// a SHA-256 of the 256-bit random secret is stored (a slow hash adds nothing for a secret this long).
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

const tokenPattern = /^onw_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

export function mintApiKeyToken() {
  const prefix = randomBytes(8).toString("hex").slice(0, 12);
  const secret = randomBytes(32).toString("base64url");
  return { prefix, token: `onw_${prefix}_${secret}`, secretHash: hashSecret(secret) };
}

export function parseApiKeyToken(token: string): { prefix: string; secret: string } | null {
  const match = tokenPattern.exec(token);
  return match ? { prefix: match[1]!, secret: match[2]! } : null;
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashSecret(secret), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored);
}
