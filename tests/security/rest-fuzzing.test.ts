// Property-based fuzzing of every REST route with the victim's own full key: hostile bodies, query
// strings and headers must answer a clear 4xx (or succeed), never a 500, never leak internals, and a
// refused call changes nothing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { routes } from "../../server/integrations/rest/route-table";
import { callRest } from "../support/rest-client";
import { restDatabaseFingerprint } from "./rest-fingerprint";
import { hostileInput } from "./hostile-input";
import { buildRestKeys } from "./rest-keys";
import { restMatrix } from "./rest-matrix";
import { buildWorld } from "./world";

const runsPerRoute = Number(process.env.FUZZ_RUNS ?? 15);
const internals = /prisma|node_modules|\bat [\w.<>]+ \(|\/work\/|SELECT |INSERT |UPDATE "|violates|stack/i;

// Header values a client can send at all (fetch refuses NUL, line breaks and non-Latin-1).
const isHeaderSafe = (value: string) =>
  [...value].every((c) => c.charCodeAt(0) > 0 && c.charCodeAt(0) <= 255 && c !== "\r" && c !== "\n");

const hostileText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.constantFrom(
    "",
    "\u0000",
    "%00",
    "../../etc/passwd",
    "' OR 1=1 --",
    "<script>",
    "9".repeat(400),
    "-1",
    "1e309",
    "__proto__",
  ),
);

describe.each(routes.map((route) => [route.operationId, route] as const))("%s", (operationId, route) => {
  it("survives hostile bodies, queries and headers", async () => {
    const entry = restMatrix[operationId]!;
    const world = await buildWorld();
    const keys = await buildRestKeys(world);
    const path = entry.path(world);
    const valid = entry.body?.(world) ?? {};
    await fc.assert(
      fc.asyncProperty(
        route.method === "GET" ? fc.constant(undefined) : hostileInput(valid),
        fc.dictionary(
          fc.constantFrom("limit", "cursor", "status", "state", "accountId", "type", "externalId", "x"),
          hostileText,
          {
            maxKeys: 3,
          },
        ),
        fc.record({
          "idempotency-key": fc.option(hostileText.filter(isHeaderSafe), { nil: undefined }),
          "content-type": fc.constantFrom(
            "application/json",
            "text/plain",
            "application/json; charset=utf-8",
            "multipart/form-data",
          ),
        }),
        async (body, query, headers) => {
          const search = new URLSearchParams(query).toString();
          const target = search ? `${path.split("?")[0]}?${search}` : path;
          const cleanHeaders = Object.fromEntries(Object.entries(headers).filter(([, value]) => value !== undefined)) as Record<
            string,
            string
          >;
          const before = await restDatabaseFingerprint();
          const response = await callRest(route.method, target, {
            key: keys.full,
            rawBody: body === undefined ? undefined : JSON.stringify(body),
            headers: cleanHeaders,
          });
          expect(response.status, JSON.stringify(response.body)).toBeLessThan(500);
          expect(JSON.stringify(response.body ?? "")).not.toMatch(internals);
          if (response.status >= 400) expect(await restDatabaseFingerprint()).toBe(before);
        },
      ),
      { numRuns: runsPerRoute },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
