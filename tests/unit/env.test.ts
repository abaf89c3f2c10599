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
    expect(parseEnv({ ...valid, NODE_ENV: "production", ONWARD_DEV_TOOLS: "true" }).devToolsEnabled).toBe(true);
    const production = parseEnv({ ...valid, NODE_ENV: "production", RESEND_API_KEY: "re_123" });
    expect(production).toMatchObject({ emailTransport: "RESEND", devToolsEnabled: false });
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
