// First-load JavaScript of a page: every script its HTML makes the browser download, sized gzip from
// the build output (.next/static), with a rough note of what each chunk carries.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { root } from "./app-server";

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

// Scripts referenced by the HTML (script src and script preloads), resolved to files of the build.
export function firstLoadScripts(html: string): string[] {
  const sources = new Set<string>();
  // noModule scripts (Next's legacy polyfills) are never downloaded by the browsers Next supports.
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    const source = /\ssrc="([^"]+)"/.exec(tag)?.[1];
    if (source && !/\snomodule\b/i.test(tag)) sources.add(source);
  }
  for (const match of html.matchAll(
    /<link[^>]*rel="preload"[^>]*as="script"[^>]*href="([^"]+)"|<link[^>]*href="([^"]+)"[^>]*as="script"/g,
  )) {
    sources.add((match[1] ?? match[2])!);
  }
  return [...sources].filter((source) => source.startsWith("/_next/static/")).map((source) => source.split("?")[0]!);
}

// What is in a chunk, roughly: the libraries whose code it carries (for the notes, to see where bytes go).
const markers: [string, RegExp][] = [
  ["react-dom", /react-dom|__reactFiber|ReactDOM/],
  ["tRPC client, superjson or react-query", /superjson|httpBatchLink|QueryClient/],
  ["Next.js router", /addBasePath|useRouterBFCache|callServer/],
];

function gzipSizes(scripts: string[]): { total: number; files: number; breakdown: string } {
  let total = 0;
  const parts: string[] = [];
  for (const script of scripts) {
    const file = path.join(root, ".next", decodeURIComponent(script.replace(/^\/_next\//, "")));
    const content = readFileSync(file);
    const size = gzipSync(content).length;
    total += size;
    const label = markers.find(([, pattern]) => pattern.test(content.toString("utf8")))?.[0] ?? "other";
    parts.push(`${path.basename(script)} ${kb(size)} (${label})`);
  }
  return { total, files: scripts.length, breakdown: parts.join(", ") };
}

export function firstLoadJs(html: string) {
  return gzipSizes(firstLoadScripts(html));
}
