import { describe, expect, it } from "vitest";
import { parseEnv } from "../../server/env";

const valid = { DATABASE_URL: "postgresql://localhost/onward", AUTH_SECRET: "x".repeat(32) };

describe("SSO environment", () => {
  it("accepts 32 random bytes in base64 as SSO_ENCRYPTION_KEY, and runs without one", () => {
    const key = Buffer.alloc(32, 7).toString("base64");
    expect(parseEnv({ ...valid, SSO_ENCRYPTION_KEY: key }).SSO_ENCRYPTION_KEY).toBe(key);
    expect(parseEnv(valid).SSO_ENCRYPTION_KEY).toBeUndefined();
  });

  it("names a key of the wrong length or encoding", () => {
    for (const key of [Buffer.alloc(16, 7).toString("base64"), "not base64 at all, but forty-four chars!!!!", "x".repeat(44)]) {
      expect(() => parseEnv({ ...valid, SSO_ENCRYPTION_KEY: key })).toThrow(
        /SSO_ENCRYPTION_KEY must be 32 random bytes in base64/,
      );
    }
  });

  it("allows plain-http loopback issuers only when asked", () => {
    expect(parseEnv(valid).SSO_ALLOW_LOOPBACK).toBe(false);
    expect(parseEnv({ ...valid, SSO_ALLOW_LOOPBACK: "true" }).SSO_ALLOW_LOOPBACK).toBe(true);
  });
});
