// The one way Onward calls a URL an organization gave it (webhook endpoints, Slack incoming webhooks).
// The host name is resolved once, every address it resolves to is checked, and the connection goes to
// the checked address (the socket's `lookup` returns it), so a DNS answer that changes between the check
// and the connect (DNS rebinding) cannot reach a refused address. Redirects are never followed: a 3xx
// is reported as a failure. The response is cut off after `maxBytes` and the whole call after `timeoutMs`.
import { lookup as dnsLookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { getEnv } from "../../env";
import { refuseAddress, type OutboundPolicy } from "./check-address";

export type OutboundRequest = {
  url: string;
  method?: "POST" | "GET";
  headers?: Record<string, string>;
  body?: string;
  timeoutMs?: number;
  maxBytes?: number;
};

export type OutboundResult =
  | { ok: true; status: number; body: string; durationMs: number }
  | { ok: false; status: number | null; error: string; durationMs: number };

export function outboundPolicy(): OutboundPolicy {
  const env = getEnv();
  return { requireHttps: env.NODE_ENV === "production", allowLoopback: env.OUTBOUND_ALLOW_LOOPBACK };
}

export class RefusedUrlError extends Error {}

// Checks a URL as given (scheme, credentials, literal addresses) before it is stored; the addresses a
// name resolves to are checked again at every request.
export function refuseUrl(raw: string, policy: OutboundPolicy): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "Enter an absolute URL such as https://example.com/hooks/onward";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return "Use an https:// URL";
  if (policy.requireHttps && url.protocol !== "https:") return "Use an https:// URL";
  if (url.username || url.password) return "Put credentials in a header or the path, not in the URL";
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host)) {
    const reason = refuseAddress(host, policy);
    if (reason) return `That URL points at ${reason}`;
  }
  return null;
}

async function resolveChecked(host: string, policy: OutboundPolicy): Promise<{ address: string; family: number }> {
  const bare = host.replace(/^\[|\]$/g, "");
  const addresses = isIP(bare) ? [{ address: bare, family: isIP(bare) }] : await dnsLookup(bare, { all: true, verbatim: true });
  if (addresses.length === 0) throw new RefusedUrlError(`${host} does not resolve`);
  for (const { address } of addresses) {
    const reason = refuseAddress(address, policy);
    if (reason) throw new RefusedUrlError(`${host} resolves to ${reason}`);
  }
  return addresses[0]!;
}

export async function sendOutboundRequest(
  request: OutboundRequest,
  policy: OutboundPolicy = outboundPolicy(),
): Promise<OutboundResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const refusal = refuseUrl(request.url, policy);
  if (refusal) return { ok: false, status: null, error: refusal, durationMs: elapsed() };
  const url = new URL(request.url);
  let target: { address: string; family: number };
  try {
    target = await resolveChecked(url.hostname, policy);
  } catch (error) {
    return { ok: false, status: null, error: (error as Error).message, durationMs: elapsed() };
  }
  // The socket connects to the address checked above, whatever the name resolves to by now.
  const pinnedLookup: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, [target]);
    else callback(null, target.address, target.family);
  };
  const maxBytes = request.maxBytes ?? 64 * 1024;
  const client = url.protocol === "https:" ? https : http;
  return new Promise<OutboundResult>((settle) => {
    let timedOut = false;
    // Called only from request callbacks, after `deadline` below is set.
    const resolve = (result: OutboundResult) => {
      clearTimeout(deadline);
      settle(result);
    };
    const req = client.request(
      url,
      {
        method: request.method ?? "POST",
        headers: { "user-agent": "Onward-Webhooks/1", ...request.headers },
        lookup: pinnedLookup,
        agent: false,
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            res.destroy();
            return;
          }
          chunks.push(chunk);
        });
        res.on("close", () => {
          const body = Buffer.concat(chunks).toString("utf8");
          if (timedOut) {
            resolve({ ok: false, status, error: "Timed out", durationMs: elapsed() });
          } else if (status >= 300 && status < 400) {
            resolve({ ok: false, status, error: "Redirects are not followed", durationMs: elapsed() });
          } else if (status >= 200 && status < 300) {
            resolve({ ok: true, status, body, durationMs: elapsed() });
          } else {
            resolve({ ok: false, status, error: `Answered ${status}`, durationMs: elapsed() });
          }
        });
      },
    );
    // One deadline for connect, send and the whole response (a slow drip cannot hold a worker).
    const deadline = setTimeout(() => {
      timedOut = true;
      req.destroy(new Error("Timed out"));
    }, request.timeoutMs ?? 10_000);
    req.on("error", (error) => resolve({ ok: false, status: null, error: error.message, durationMs: elapsed() }));
    if (request.body !== undefined) req.write(request.body);
    req.end();
  });
}
