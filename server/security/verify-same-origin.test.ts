import { describe, expect, it } from "vitest";
import { verifySameOrigin } from "./verify-same-origin";

const post = (headers: Record<string, string>) => new Request("http://localhost:3000/api/trpc/x", { method: "POST", headers });
const allowed = ["http://localhost:3000"];

describe("verifySameOrigin", () => {
  it("accepts a same-origin JSON mutation", () => {
    expect(
      verifySameOrigin(
        post({ "content-type": "application/json", origin: "http://localhost:3000", "sec-fetch-site": "same-origin" }),
        allowed,
      ),
    ).toEqual({ ok: true });
  });
  it("rejects form posts and other non-JSON bodies", () => {
    expect(verifySameOrigin(post({ "content-type": "application/x-www-form-urlencoded" }), allowed).ok).toBe(false);
    expect(verifySameOrigin(post({ "content-type": "text/plain" }), allowed).ok).toBe(false);
  });
  it("rejects another origin, and anything the browser marks cross-site", () => {
    expect(verifySameOrigin(post({ "content-type": "application/json", origin: "https://evil.example" }), allowed).ok).toBe(
      false,
    );
    expect(verifySameOrigin(post({ "content-type": "application/json", "sec-fetch-site": "cross-site" }), allowed).ok).toBe(
      false,
    );
  });
  it("lets reads through", () => {
    expect(verifySameOrigin(new Request("http://localhost:3000/api/trpc/x", { method: "GET" }), allowed)).toEqual({ ok: true });
  });
});
