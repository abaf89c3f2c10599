// Cross-site request forgery guard for API mutations: a state-changing request must be JSON and must come
// from this site (browsers send Origin and Sec-Fetch-Site on cross-site requests; forms cannot send JSON).
export type OriginVerdict = { ok: true } | { ok: false; reason: string };

export function verifySameOrigin(request: Request, allowedOrigins: string[]): OriginVerdict {
  if (request.method === "GET" || request.method === "HEAD") return { ok: true };
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("application/json")) return { ok: false, reason: "Mutations must be sent as JSON" };
  if (request.headers.get("sec-fetch-site") === "cross-site") return { ok: false, reason: "Cross-site requests are not allowed" };
  const origin = request.headers.get("origin");
  if (origin && !allowedOrigins.includes(origin)) return { ok: false, reason: "Cross-site requests are not allowed" };
  return { ok: true };
}
