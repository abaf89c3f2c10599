import { describe, expect, it } from "vitest";
import { parseEnv } from "../../server/env";

const valid = { DATABASE_URL: "postgresql://localhost/onward", AUTH_SECRET: "x".repeat(32) };

describe("environment validation", () => {
  it("accepts a minimal development environment and keeps mail in the outbox", () => {
    const env = parseEnv(valid);
    expect(env.emailTransport).toBe("OUTBOX");
    expect(env.devToolsEnabled).toBe(true);
    expect(env.APP_URL).toBe("http://localhost:3000");
  });

  it("names every missing or malformed variable", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://nope", AUTH_SECRET: "short" })).toThrow(
      /DATABASE_URL must start with postgresql:\/\/[\s\S]*AUTH_SECRET must be at least 32 characters/,
    );
    expect(() => parseEnv({})).toThrow(/DATABASE_URL is required[\s\S]*AUTH_SECRET is required/);
  });

  it("requires a Resend key in production unless dev tools are explicitly on", () => {
    expect(() => parseEnv({ ...valid, NODE_ENV: "production" })).toThrow(/RESEND_API_KEY is required in production/);
    expect(() => parseEnv({ ...valid, NODE_ENV: "production", ONWARD_DEV_TOOLS: "true" })).toThrow(
      /ONWARD_DEV_TOOLS_IN_PRODUCTION="I understand"/,
    );
    const confirmed = {
      ...valid,
      NODE_ENV: "production",
      ONWARD_DEV_TOOLS: "true",
      ONWARD_DEV_TOOLS_IN_PRODUCTION: "I understand",
    };
    expect(parseEnv(confirmed).devToolsEnabled).toBe(true);
    expect(() => parseEnv({ ...confirmed, ONWARD_DEV_TOOLS_IN_PRODUCTION: "yes" })).toThrow(/must be exactly "I understand"/);
    const production = parseEnv({ ...valid, NODE_ENV: "production", RESEND_API_KEY: "re_123" });
    expect(production).toMatchObject({ emailTransport: "RESEND", devToolsEnabled: false });
  });

  it("allows loopback for outbound requests only outside production", () => {
    expect(parseEnv({ ...valid, OUTBOUND_ALLOW_LOOPBACK: "true" }).OUTBOUND_ALLOW_LOOPBACK).toBe(true);
    expect(() =>
      parseEnv({ ...valid, NODE_ENV: "production", RESEND_API_KEY: "re_123", OUTBOUND_ALLOW_LOOPBACK: "true" }),
    ).toThrow(/OUTBOUND_ALLOW_LOOPBACK cannot be set in production/);
  });

  it("reads the team's Resend rate limit, defaulting to 2, with RESEND_MAX_PER_SECOND as its old name", () => {
    expect(parseEnv(valid).RESEND_REQUESTS_PER_SECOND).toBe(2);
    expect(parseEnv({ ...valid, RESEND_MAX_PER_SECOND: "5" }).RESEND_REQUESTS_PER_SECOND).toBe(5);
    expect(parseEnv({ ...valid, RESEND_REQUESTS_PER_SECOND: "10", RESEND_MAX_PER_SECOND: "5" }).RESEND_REQUESTS_PER_SECOND).toBe(
      10,
    );
    expect(() => parseEnv({ ...valid, RESEND_REQUESTS_PER_SECOND: "0" })).toThrow(/RESEND_REQUESTS_PER_SECOND must be above 0/);
  });
});

describe("trusted proxies", () => {
  it("trusts no forwarding header by default and counts hops from the right", async () => {
    const { clientIp } = await import("../../server/identity/auth/client-ip");
    const spoofed = new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7" });
    expect(parseEnv({ DATABASE_URL: "postgresql://x", AUTH_SECRET: "a".repeat(32) }).TRUSTED_PROXY_HOPS).toBe(0);
    expect(clientIp(spoofed, 0)).toBeNull();
    // One proxy appended 203.0.113.7 (the peer it saw); 6.6.6.6 is whatever the client claimed.
    expect(clientIp(spoofed, 1)).toBe("203.0.113.7");
    expect(clientIp(spoofed, 2)).toBe("6.6.6.6");
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.7" }), 2)).toBeNull();
    expect(clientIp(new Headers(), 1)).toBeNull();
  });
});
