// The Content-Security-Policy for every page: scripts only from this origin or carrying the request's
// nonce (Next.js adds it to its own inline bootstrap scripts), no plugins, no framing by other sites.
// Styles allow inline attributes because progress bars and brand colours are set per element.
const videoHosts = ["https://www.youtube-nocookie.com", "https://player.vimeo.com", "https://www.loom.com"];

export function contentSecurityPolicy(nonce: string, options: { development: boolean }): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // 'strict-dynamic' lets the nonced bootstrap load Next's chunks; eval only for dev tooling.
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(options.development ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", "https:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...(options.development ? ["ws:"] : [])],
    "frame-src": ["'self'", ...videoHosts],
    "frame-ancestors": ["'none'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

// Uploaded files (served by app/uploads/) are data, never documents: an SVG or HTML file smuggled in as
// an image can run nothing and load nothing when opened directly.
export const uploadedFilePolicy = "default-src 'none'";

export function securityHeaders(options: { https: boolean }): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(options.https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}
