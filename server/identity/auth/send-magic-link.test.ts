import { describe, expect, it } from "vitest";
import { linkOnAppUrl } from "./send-magic-link";

describe("emailed sign-in links", () => {
  it("always point at APP_URL, whatever origin next-auth built them from", () => {
    const spoofed =
      "http://evil.example/api/auth/callback/email?callbackUrl=https%3A%2F%2Fevil.example%2Fsteal&token=abc&email=a%40b.test";
    const fixed = new URL(linkOnAppUrl(spoofed, "https://onward.example.com"));
    expect(fixed.origin).toBe("https://onward.example.com");
    expect(fixed.pathname).toBe("/api/auth/callback/email");
    expect(fixed.searchParams.get("token")).toBe("abc");
    expect(fixed.searchParams.get("callbackUrl")).toBe("https://onward.example.com/steal");
  });
});
