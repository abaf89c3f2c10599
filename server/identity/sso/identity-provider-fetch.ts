// The only way the app talks to an identity provider. In production issuers and their endpoints must be
// https; SSO_ALLOW_LOOPBACK (tests, local development) also lets http://127.0.0.1 and localhost
// through, and nothing else over plain http.
import { getEnv } from "../../env";

const loopbackHosts = new Set(["127.0.0.1", "localhost", "[::1]"]);

export function identityProviderUrlProblem(raw: string, allowHttpLoopback: boolean): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "The issuer must be an absolute URL";
  }
  if (url.username || url.password) return "The issuer URL cannot contain a user name or password";
  if (url.protocol === "https:") return null;
  if (url.protocol === "http:" && allowHttpLoopback && loopbackHosts.has(url.hostname)) return null;
  return allowHttpLoopback
    ? "The issuer must be an https:// URL (or http://127.0.0.1 for a local test provider)"
    : "The issuer must be an https:// URL";
}

export function allowsHttpLoopback(): boolean {
  const env = getEnv();
  return env.SSO_ALLOW_LOOPBACK || env.NODE_ENV === "development";
}

export const identityProviderFetch: typeof fetch = async (input, init) => {
  const url = input instanceof Request ? input.url : String(input);
  const problem = identityProviderUrlProblem(url, allowsHttpLoopback());
  if (problem) throw new TypeError(`Refused to contact the identity provider at ${url}: ${problem}`);
  // No redirects: an endpoint that redirects elsewhere could lead the server anywhere.
  return fetch(input, { ...init, redirect: "error", signal: init?.signal ?? AbortSignal.timeout(10_000) });
};
