// Every page carries the security headers; API mutations refuse cross-site and non-JSON requests.
import { describe, expect, it } from "vitest";
import { baseUrl } from "../support/browser";

describe("security headers", () => {
  it("are on pages, with a nonce-based script policy and no framing", async () => {
    const response = await fetch(`${baseUrl()}/sign-in`);
    const policy = response.headers.get("content-security-policy") ?? "";
    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    const html = await response.text();
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(html).toContain(`nonce="${nonce}"`);
  });

  it("uses a fresh nonce on every request", async () => {
    const first = (await fetch(`${baseUrl()}/sign-in`)).headers.get("content-security-policy");
    const second = (await fetch(`${baseUrl()}/sign-in`)).headers.get("content-security-policy");
    expect(first).not.toBe(second);
  });
});

describe("cross-site request forgery", () => {
  it("rejects a form post and a foreign origin on tRPC mutations", async () => {
    const url = `${baseUrl()}/api/trpc/invitations.inviteStaff`;
    const form = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "email=x@example.test",
    });
    expect(form.status).toBe(403);
    const foreign = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://evil.example" },
      body: "{}",
    });
    expect(foreign.status).toBe(403);
  });
});
