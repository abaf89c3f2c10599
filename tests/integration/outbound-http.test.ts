// SSRF protection of the one outbound request path (webhooks and Slack), against real local servers.
import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendOutboundRequest } from "../../server/integrations/outbound-http/send-outbound-request";

const production = { requireHttps: true, allowLoopback: false };
const local = { requireHttps: false, allowLoopback: true };

let hits: string[] = [];
let server: http.Server;
let base = "";

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits.push(req.url ?? "");
    if (req.url === "/redirect-private") {
      res.writeHead(302, { location: "http://10.0.0.1/steal" }).end();
    } else if (req.url === "/redirect-loopback") {
      res.writeHead(307, { location: `${base}/target` }).end();
    } else if (req.url === "/huge") {
      res.writeHead(200).end("x".repeat(200_000));
    } else {
      res.writeHead(200).end("ok");
    }
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => server.close());

describe("outbound requests in production mode", () => {
  it.each([
    "https://127.0.0.1/hook",
    "https://[::1]/hook",
    "https://10.0.0.1/hook",
    "https://169.254.169.254/latest/meta-data/",
    "https://[::ffff:127.0.0.1]/hook",
    "https://localhost/hook",
    "http://example.com/hook",
  ])("refuses %s without connecting", async (url) => {
    hits = [];
    const result = await sendOutboundRequest({ url, body: "{}" }, production);
    expect(result.ok).toBe(false);
    expect(result.status).toBeNull();
    expect(!result.ok && result.error).toMatch(/loopback|private|https/);
  });

  it("refuses a name that resolves to loopback, and a running loopback receiver, before connecting", async () => {
    hits = [];
    const httpAllowed = { requireHttps: false, allowLoopback: false };
    const byName = await sendOutboundRequest({ url: `${base.replace("127.0.0.1", "localhost")}/hook` }, httpAllowed);
    expect(!byName.ok && byName.error).toMatch(/localhost resolves to a loopback address/);
    const byAddress = await sendOutboundRequest({ url: `${base}/hook` }, httpAllowed);
    expect(!byAddress.ok && byAddress.error).toMatch(/loopback/);
    expect(hits).toEqual([]);
  });
});

describe("outbound requests with loopback allowed (tests and development)", () => {
  it("delivers to a loopback receiver", async () => {
    hits = [];
    const result = await sendOutboundRequest({ url: `${base}/hook`, body: "{}" }, local);
    expect(result).toMatchObject({ ok: true, status: 200, body: "ok" });
    expect(hits).toEqual(["/hook"]);
  });

  it("still refuses private and metadata addresses", async () => {
    for (const url of ["http://10.0.0.1/x", "http://169.254.169.254/x", "http://[fe80::1]/x"]) {
      const result = await sendOutboundRequest({ url }, local);
      expect(result.ok).toBe(false);
      expect(result.status).toBeNull();
    }
  });

  it("never follows a redirect, to a private address or anywhere", async () => {
    hits = [];
    const toPrivate = await sendOutboundRequest({ url: `${base}/redirect-private` }, local);
    expect(toPrivate).toMatchObject({ ok: false, status: 302, error: "Redirects are not followed" });
    const toLoopback = await sendOutboundRequest({ url: `${base}/redirect-loopback` }, local);
    expect(toLoopback).toMatchObject({ ok: false, status: 307 });
    expect(hits).toEqual(["/redirect-private", "/redirect-loopback"]);
  });

  it("caps the response it reads", async () => {
    const result = await sendOutboundRequest({ url: `${base}/huge`, maxBytes: 1000 }, local);
    expect(result.ok && result.body.length).toBeLessThanOrEqual(1000);
  });
});
