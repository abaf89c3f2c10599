// The client's IP address, or null when it cannot be known. Only the entries that trusted proxies appended
// to X-Forwarded-For are believed: with TRUSTED_PROXY_HOPS=N, the address the outermost trusted proxy saw
// is the Nth entry from the right; everything left of it was sent by the client and can be anything.
// With no proxy trusted (the default) the header is ignored entirely: Next.js keeps a client's own
// X-Forwarded-For instead of replacing it, so on a direct connection the app cannot tell a real one.
import { getEnv } from "../../env";

export function clientIp(headers: Headers, trustedHops = getEnv().TRUSTED_PROXY_HOPS): string | null {
  if (trustedHops < 1) return null;
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries[entries.length - trustedHops] ?? null;
}
