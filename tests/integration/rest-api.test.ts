// The REST API's behaviour a CRM developer relies on: problem+json with field errors, Idempotency-Key
// replay and conflict, the per-key rate limit with its headers, cursor pagination, and the audit trail
// of keys (created, used with a revoked key, revoked).
import { afterEach, describe, expect, it } from "vitest";
import { db } from "../../server/db";
import { getEnv } from "../../server/env";
import { proveOrganization } from "../../server/identity/scope";
import { createApiKey, revokeApiKey } from "../../server/integrations/api-keys/manage-api-keys";
import { createAccount, createOrganization, createStaff } from "../support/factories";
import { callRest } from "../support/rest-client";

async function tenant() {
  const organization = await createOrganization("Rest");
  const admin = await createStaff(organization.id, "ADMIN");
  const orgId = proveOrganization(organization.id);
  const key = await createApiKey(orgId, admin.user.id, { name: "CRM", scopes: ["read", "write", "events"], expiresAt: null });
  return { organization, orgId, admin, key };
}

const env = getEnv();
const defaultLimit = env.API_RATE_LIMIT_PER_MINUTE;
afterEach(() => {
  env.API_RATE_LIMIT_PER_MINUTE = defaultLimit;
});

describe("REST API", () => {
  it("answers invalid input with problem+json and one error per field", async () => {
    const { key } = await tenant();
    const response = await callRest("POST", "/accounts", { key: key.token, body: { name: "", kickoffDate: "soon" } });
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const fields = (response.body!.errors as { field: string }[]).map((error) => error.field);
    expect(fields).toEqual(expect.arrayContaining(["body.name", "body.kickoffDate", "body.championEmail"]));
    expect((await callRest("POST", "/accounts", { key: key.token, rawBody: "{nope" })).status).toBe(400);
    expect((await callRest("GET", "/nowhere", { key: key.token })).status).toBe(404);
  });

  it("replays a POST with the same Idempotency-Key and refuses the key with another body", async () => {
    const { organization, key } = await tenant();
    const account = await createAccount(organization.id);
    const goal = await db.goal.create({
      data: {
        organizationId: organization.id,
        customerAccountId: account.id,
        title: "Faster",
        metric: "Hours",
        baseline: 5,
        target: 1,
        current: 5,
        targetDate: new Date("2027-03-01"),
      },
    });
    const path = `/accounts/${account.id}/goals/${goal.id}/value`;
    const headers = { "idempotency-key": "sync-42" };
    const first = await callRest("POST", path, { key: key.token, body: { value: 3 }, headers });
    const again = await callRest("POST", path, { key: key.token, body: { value: 3 }, headers });
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body).toEqual(first.body);
    expect(await db.goalUpdate.count({ where: { goalId: goal.id } })).toBe(1);
    const other = await callRest("POST", path, { key: key.token, body: { value: 4 }, headers });
    expect(other.status).toBe(409);
    expect((await db.goal.findUniqueOrThrow({ where: { id: goal.id } })).current).toBe(3);
  });

  it("limits requests per key with RateLimit headers", async () => {
    const { key } = await tenant();
    env.API_RATE_LIMIT_PER_MINUTE = 3;
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof callRest>> | undefined;
    for (let i = 0; i < 4; i++) {
      last = await callRest("GET", "/accounts", { key: key.token });
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
    expect(statuses[3]).toBe(429);
    expect(last!.headers.get("ratelimit-policy")).toMatch(/q=3;w=60/);
    expect(last!.headers.get("ratelimit")).toMatch(/r=0/);
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("pages accounts by cursor without repeats", async () => {
    const { organization, key } = await tenant();
    for (let i = 0; i < 5; i++) await createAccount(organization.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof callRest>> = await callRest(
        "GET",
        `/accounts?limit=2${cursor ? `&cursor=${cursor}` : ""}`,
        { key: key.token },
      );
      seen.push(...(page.body!.data as { id: string }[]).map((account) => account.id));
      cursor = page.body!.nextCursor as string | null;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
  });

  it("audits key creation, a refused use and revocation, and a revoked key stops at once", async () => {
    const { orgId, admin, key } = await tenant();
    expect((await callRest("GET", "/accounts", { key: key.token })).status).toBe(200);
    await revokeApiKey(orgId, admin.user.id, key.id);
    expect((await callRest("GET", "/accounts", { key: key.token })).status).toBe(401);
    const actions = await db.auditLog.findMany({
      where: { organizationId: orgId, targetId: key.id },
      orderBy: { createdAt: "asc" },
    });
    expect(actions.map((entry) => entry.action)).toEqual(["apiKey.created", "apiKey.revoked", "apiKey.rejected"]);
    const stored = await db.apiKey.findUniqueOrThrow({ where: { id: key.id } });
    expect(stored.secretHash).not.toContain(key.token.split("_")[2]!);
    expect(stored.lastUsedAt).not.toBeNull();
  });
});
