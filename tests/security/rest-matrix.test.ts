// The REST API's security matrix, generated from the route table: every route is called with no key, a
// malformed key, an unknown key, a revoked key, an expired key, a key without the route's scope and
// another organization's key. Each must be refused (401/403/404, never a 500) and change nothing; another
// organization's key on a route without ids may answer but must see none of the victim's data.
import { afterAll, describe, expect, it } from "vitest";
import { routes } from "../../server/integrations/rest/route-table";
import { callRest } from "../support/rest-client";
import { restDatabaseFingerprint } from "./rest-fingerprint";
import { buildRestKeys } from "./rest-keys";
import { restMatrix } from "./rest-matrix";
import { buildWorld, victimMarkers } from "./world";

let checked = 0;

describe.each(routes.map((route) => [route.operationId, route] as const))("%s", (operationId, route) => {
  it("has a matrix entry", () => {
    expect(restMatrix[operationId], `add ${operationId} to tests/security/rest-matrix.ts`).toBeDefined();
  });

  it("refuses every key that may not call it and changes nothing", async () => {
    const entry = restMatrix[operationId];
    if (!entry) return;
    const world = await buildWorld();
    const keys = await buildRestKeys(world);
    const path = entry.path(world);
    const body = route.method === "GET" ? undefined : (entry.body?.(world) ?? {});
    const refusals: [string, string | null, number][] = [
      ["no key", null, 401],
      ["malformed key", keys.malformed, 401],
      ["unknown key", keys.unknown, 401],
      ["revoked key", keys.revoked, 401],
      ["expired key", keys.expired, 401],
      [`key without "${route.scope}"`, keys.without[route.scope], 403],
    ];
    for (const [label, key, status] of refusals) {
      const before = await restDatabaseFingerprint();
      const response = await callRest(route.method, path, { key, body });
      expect(response.status, `${label}: ${JSON.stringify(response.body)}`).toBe(status);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(await restDatabaseFingerprint(), `${label} changed the database`).toBe(before);
    }
    const before = await restDatabaseFingerprint();
    const foreign = await callRest(route.method, path, { key: keys.other, body });
    const text = JSON.stringify(foreign.body);
    for (const marker of victimMarkers(world, "other-organization")) {
      expect(text, "another organization's key saw victim data").not.toContain(marker);
    }
    if (entry.scope === "ids") expect(foreign.status, text).toBe(404);
    else expect(foreign.status, text).toBeLessThan(500);
    expect(await restDatabaseFingerprint(), "another organization's key changed the database").toBe(before);
    // The victim's own key with every scope gets through (the entry points at real rows).
    const allowed = await callRest(route.method, path, { key: keys.full, body });
    expect(allowed.status, JSON.stringify(allowed.body)).toBeLessThan(300);
    checked += 1;
  });
});

afterAll(() => {
  if (checked > 0) expect(checked).toBe(routes.length);
});
