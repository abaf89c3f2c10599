// Magic-link requests are limited per address and per client IP so nobody can flood an inbox or probe
// addresses, through the one PostgreSQL limiter (atomic, shared by all app instances). The IP limit
// applies only when the client's address is known (a trusted proxy, see client-ip.ts).
import { takeLimits, type LimitVerdict } from "../../security/rate-limit";

export const signInLimits = { windowMinutes: 15, perEmail: 5, perIp: 30 };

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterMinutes: number };

export async function recordSignInAttempt(email: string, ip: string | null, now = new Date()): Promise<RateLimitVerdict> {
  const { windowMinutes } = signInLimits;
  const limits = [{ key: `sign-in:email:${email}`, limit: signInLimits.perEmail, windowMinutes }];
  if (ip) limits.push({ key: `sign-in:ip:${ip}`, limit: signInLimits.perIp, windowMinutes });
  const verdict: LimitVerdict = await takeLimits(limits, now);
  return verdict.allowed ? { allowed: true } : { allowed: false, retryAfterMinutes: verdict.retryAfterMinutes };
}
