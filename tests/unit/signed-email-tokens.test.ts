import { beforeAll, describe, expect, it, vi } from "vitest";

// The tokens are keyed by AUTH_SECRET, read through server/env.ts.
beforeAll(() => {
  vi.stubEnv("DATABASE_URL", "postgresql://localhost/onward");
  vi.stubEnv("AUTH_SECRET", "unit-test-secret-that-is-long-enough-0123456789");
});

const load = async () => ({
  ...(await import("@/server/email/tokens/signed-token")),
  ...(await import("@/server/engagement/checkins/answer-links")),
  ...(await import("@/server/email/tokens/unsubscribe-links")),
});

describe("signed email tokens", () => {
  it("round-trips a check-in answer until it expires after 30 days", async () => {
    const { answerToken, readAnswerToken } = await load();
    const sentAt = new Date("2026-12-24T09:00:00Z");
    const token = answerToken("ck_1", "SOME_CONCERNS", "casey@example.com", sentAt);
    expect(readAnswerToken(token, new Date("2027-01-20T00:00:00Z"))).toEqual({
      checkInId: "ck_1",
      answer: "SOME_CONCERNS",
      recipientEmail: "casey@example.com",
    });
    expect(readAnswerToken(token, new Date("2027-01-24T09:00:01Z"))).toBe("expired");
  });

  it("rejects a changed payload, a changed signature and a token minted for another purpose", async () => {
    const { answerToken, readAnswerToken, signToken, readUnsubscribeToken } = await load();
    const token = answerToken("ck_1", "ON_TRACK", "casey@example.com");
    const [body, signature] = token.split(".") as [string, string];
    const payload = JSON.parse(Buffer.from(body, "base64url").toString()) as Record<string, unknown>;
    const tampered = Buffer.from(JSON.stringify({ ...payload, a: "OFF_TRACK" })).toString("base64url");
    expect(readAnswerToken(`${tampered}.${signature}`)).toBe("invalid");
    expect(readAnswerToken(`${body}.${signature.slice(0, -2)}xx`)).toBe("invalid");
    expect(readAnswerToken("not-a-token")).toBe("invalid");
    const unsubscribe = signToken("unsubscribe", { c: "ck_1", a: "OFF_TRACK" }, new Date(Date.now() + 60_000));
    expect(readAnswerToken(unsubscribe)).toBe("invalid");
    expect(readUnsubscribeToken(token)).toBeNull();
  });

  it("builds one-click unsubscribe headers (RFC 8058) pointing at the POST route", async () => {
    const { listUnsubscribeHeaders, readUnsubscribeToken } = await load();
    const headers = listUnsubscribeHeaders("user_1", "check-ins");
    expect(headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const token = /\/api\/unsubscribe\/([^>]+)>/.exec(headers["List-Unsubscribe"]!)?.[1];
    expect(readUnsubscribeToken(token!)).toEqual({ userId: "user_1", topic: "check-ins" });
  });
});
