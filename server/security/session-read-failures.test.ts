// A session read whose database is unreachable must fail, not answer "signed out". Driven through
// Auth.js's own session endpoint (what next-auth's auth() calls) with the real Prisma adapter pointed at a
// closed port, and the same adapter reading sessions from memory for the reads that work.
import { Auth } from "@auth/core";
import type { Adapter } from "@auth/core/adapters";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../db";
import { readSessionOrThrow, reportingSessionFailures, SessionUnavailableError } from "./session-read-failures";

// Nothing listens on port 1: every query fails to connect, as during a database outage.
const unreachable = createPrismaClient("postgresql://postgres@127.0.0.1:1/onward", 1);
afterAll(() => unreachable.$disconnect());

const signedIn = { id: "user-1", email: "champion@example.test", emailVerified: null, name: "Champion" };
// The real adapter's methods, with session reads served from memory (so they work without a database).
const workingAdapter: Adapter = {
  ...PrismaAdapter(unreachable as never),
  getSessionAndUser: async (sessionToken) =>
    sessionToken === "good-token"
      ? { session: { sessionToken, userId: signedIn.id, expires: new Date(Date.now() + 30 * 86_400_000) }, user: signedIn }
      : null,
};

async function readSession(adapter: Adapter, token: string): Promise<{ user?: { email?: string } } | null> {
  const request = new Request("http://localhost/api/auth/session", { headers: { cookie: `authjs.session-token=${token}` } });
  const response = await Auth(request, {
    adapter,
    basePath: "/api/auth",
    secret: "a-test-secret-that-is-long-enough-for-auth",
    trustHost: true,
    providers: [],
    session: { strategy: "database" },
    logger: { error: () => {} },
  });
  return response.json();
}

describe("session reads when the database is unreachable", () => {
  it("Auth.js alone answers as if signed out (the behaviour this guards against)", async () => {
    expect(await readSession(PrismaAdapter(unreachable as never), "any-token")).toBeNull();
  });

  it("throws SessionUnavailableError instead", async () => {
    const adapter = reportingSessionFailures(PrismaAdapter(unreachable as never));
    await expect(readSessionOrThrow(() => readSession(adapter, "any-token"))).rejects.toBeInstanceOf(SessionUnavailableError);
  });

  it("still answers sessions and their absence when reads work", async () => {
    const adapter = reportingSessionFailures(workingAdapter);
    expect(await readSessionOrThrow(() => readSession(adapter, "good-token"))).toMatchObject({
      user: { email: "champion@example.test" },
    });
    expect(await readSessionOrThrow(() => readSession(adapter, "unknown-token"))).toBeNull();
  });

  it("keeps concurrent reads apart: one failing read does not fail another", async () => {
    const failing = reportingSessionFailures(PrismaAdapter(unreachable as never));
    const working = reportingSessionFailures(workingAdapter);
    const [bad, good] = await Promise.allSettled([
      readSessionOrThrow(() => readSession(failing, "any-token")),
      readSessionOrThrow(() => readSession(working, "good-token")),
    ]);
    expect(bad.status).toBe("rejected");
    expect(good).toMatchObject({ status: "fulfilled", value: { user: { email: "champion@example.test" } } });
  });
});
