// Magic-link requests are limited per address and per IP so nobody can flood an inbox or probe
// addresses. Attempts live in the database, so the limit holds across restarts and app instances.
import { db } from "../../db";

export const signInLimits = { windowMinutes: 15, perEmail: 5, perIp: 30 };

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterMinutes: number };

export async function recordSignInAttempt(email: string, ip: string, now = new Date()): Promise<RateLimitVerdict> {
  const since = new Date(now.getTime() - signInLimits.windowMinutes * 60000);
  const [byEmail, byIp] = await Promise.all([
    db.signInAttempt.count({ where: { email, createdAt: { gt: since } } }),
    db.signInAttempt.count({ where: { ip, createdAt: { gt: since } } }),
  ]);
  if (byEmail >= signInLimits.perEmail || byIp >= signInLimits.perIp) {
    return { allowed: false, retryAfterMinutes: signInLimits.windowMinutes };
  }
  await db.signInAttempt.create({ data: { email, ip, createdAt: now } });
  return { allowed: true };
}
