// Bad requests over real HTTP, generated for every procedure of the router: a null body, malformed JSON,
// a body over the size limit, a null call in a batch and a batch over the cap each answer a 4xx in the one
// error shape with a readable message, never a 500 and never a parser's words. Plus the sign-in
// endpoint's duplicated fields, JSON body and spoofed forwarding headers.
import { describe, expect, it } from "vitest";
import { maxTrpcBatchSize, maxTrpcBodyBytes } from "../../lib/limits/request-limits";
import { db } from "../../server/db";
import { appRouter } from "../../server/routers/_app";
import { baseUrl } from "../support/browser";
import { createUser } from "../support/factories";

const procedures = Object.keys((appRouter as unknown as { _def: { procedures: Record<string, unknown> } })._def.procedures);
const json = { "content-type": "application/json" };
const unreadable = /Cannot destructure|Unexpected token|Unterminated|position \d+|payload|JSON\.parse|at [\w.]+ \(/;

async function expectReadable4xx(response: Response, status?: number) {
  const text = await response.text();
  if (status) expect(response.status, text).toBe(status);
  expect(response.status, text).toBeGreaterThanOrEqual(400);
  expect(response.status, text).toBeLessThan(500);
  const body = JSON.parse(text) as
    | { error: { json: { message: string; data: { fieldErrors: object } } } }
    | { error: { json: { message: string; data: { fieldErrors: object } } } }[];
  const error = (Array.isArray(body) ? body[0]! : body).error.json;
  expect(error.message).not.toMatch(unreadable);
  expect(error.data.fieldErrors).toBeDefined();
  return error.message;
}

describe.each(procedures)("%s over HTTP", (path) => {
  it("answers bad bodies with a readable 4xx", async () => {
    const url = `${baseUrl()}/api/trpc/${path}`;
    await expectReadable4xx(await fetch(url, { method: "POST", headers: json, body: "null" }), 400);
    await expectReadable4xx(await fetch(url, { method: "POST", headers: json, body: '{"json": {"a": "unterminated' }), 400);
    await expectReadable4xx(await fetch(`${url}?batch=1`, { method: "POST", headers: json, body: '{"0": null}' }), 400);
    await expectReadable4xx(await fetch(`${url}?batch=1&input=${encodeURIComponent("{")}`), undefined);
  });
});

describe("request limits", () => {
  it("answers an oversized body with 413 naming the limit", async () => {
    const body = JSON.stringify({ json: { dataBase64: "A".repeat(8 * 1024 * 1024) } });
    const response = await fetch(`${baseUrl()}/api/trpc/settings.uploadImage`, { method: "POST", headers: json, body });
    const message = await expectReadable4xx(response, 413);
    expect(message).toBe(`The request is too large: the limit is ${Math.round(maxTrpcBodyBytes / (1024 * 1024))} MB.`);
  });

  it("refuses a batch over the cap", async () => {
    const paths = Array.from({ length: 300 }, () => "viewer.me").join(",");
    const response = await fetch(`${baseUrl()}/api/trpc/${paths}?batch=1&input=${encodeURIComponent("{}")}`);
    expect(response.status).toBe(400);
    const within = Array.from({ length: maxTrpcBatchSize }, () => "viewer.me").join(",");
    // Within the cap the batch is handled (each call answers "please sign in").
    const handled = await fetch(`${baseUrl()}/api/trpc/${within}?batch=1&input=${encodeURIComponent("{}")}`);
    expect(await handled.json()).toHaveLength(maxTrpcBatchSize);
  });
});

async function csrf(): Promise<{ token: string; cookie: string }> {
  const response = await fetch(`${baseUrl()}/api/auth/csrf`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = response.headers
    .getSetCookie()
    .map((value) => value.split(";")[0])
    .join("; ");
  return { token: csrfToken, cookie };
}

describe("the email sign-in endpoint", () => {
  const endpoint = () => `${baseUrl()}/api/auth/signin/email`;
  const form = { "content-type": "application/x-www-form-urlencoded" };

  it("answers a JSON body with 415, not 500", async () => {
    const response = await fetch(endpoint(), {
      method: "POST",
      headers: json,
      body: JSON.stringify({ email: "a@example.test" }),
    });
    expect(response.status).toBe(415);
  });

  it("refuses duplicated email fields instead of counting one address and mailing another", async () => {
    const body = new URLSearchParams([
      ["email", "counted@example.test"],
      ["email", "victim@example.test"],
    ]).toString();
    const response = await fetch(endpoint(), { method: "POST", headers: form, body });
    expect(response.status).toBe(400);
    await expect(response.text()).resolves.toBe("Send exactly one email field.");
  });

  it("emails links on APP_URL whatever Host and X-Forwarded-* headers the client sends", async () => {
    const user = await createUser("spoofed-link");
    const { token, cookie } = await csrf();
    const response = await fetch(endpoint(), {
      method: "POST",
      redirect: "manual",
      headers: {
        ...form,
        cookie,
        "x-forwarded-proto": "http",
        "x-forwarded-host": "evil.example",
        "x-forwarded-for": "1.2.3.4",
      },
      body: new URLSearchParams({ email: user.email, csrfToken: token, callbackUrl: "https://evil.example/steal" }).toString(),
    });
    expect(response.status).toBeLessThan(400);
    const sent = await db.emailLog.findFirstOrThrow({ where: { toEmail: user.email, template: "magic-link" } });
    const links = [...(sent.html ?? "").matchAll(/href="([^"]+)"/g)].map((match) => match[1]!.replaceAll("&amp;", "&"));
    const link = links.find((href) => href.includes("/api/auth/callback/email"));
    expect(link?.startsWith(`${baseUrl()}/api/auth/callback/email?`)).toBe(true);
    expect(decodeURIComponent(link!)).not.toContain("evil.example");
  });

  it("keeps the per-address limit whatever X-Forwarded-For says", async () => {
    const user = await createUser("rotating-ip");
    const statuses = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      const { token, cookie } = await csrf();
      const response = await fetch(endpoint(), {
        method: "POST",
        redirect: "manual",
        headers: { ...form, cookie, "x-forwarded-for": `10.9.8.${attempt}` },
        body: new URLSearchParams({ email: user.email, csrfToken: token }).toString(),
      });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 5).every((status) => status < 400)).toBe(true);
    expect(statuses[5]).toBe(429);
  });
});

describe("dev tools", () => {
  it("refuse a cross-site or tokenless scheduler run", async () => {
    const url = `${baseUrl()}/dev/scheduler`;
    const body = new URLSearchParams({ now: "2030-01-01T09:00:00Z" }).toString();
    const crossSite = await fetch(url, {
      method: "POST",
      redirect: "manual",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        origin: "https://evil.example",
        "sec-fetch-site": "cross-site",
      },
      body,
    });
    expect(crossSite.status).toBe(403);
    const noToken = await fetch(url, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: baseUrl() },
      body,
    });
    expect(noToken.status).toBe(403);
    await expect(noToken.text()).resolves.toMatch(/dev-tools token/);
  });
});

describe("uploaded files", () => {
  it("keep their own default-src 'none' policy", async () => {
    const { fileStorage } = await import("../../server/platform/storage/file-storage");
    const key = `testuploads/${crypto.randomUUID()}.png`;
    await fileStorage().put(key, Buffer.from("89504e470d0a1a0a", "hex"), "image/png");
    const response = await fetch(`${baseUrl()}${fileStorage().urlFor(key)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-security-policy")).toBe("default-src 'none'");
  });
});

describe("pages that report an outcome", () => {
  it("the check-in thanks page opened directly, with nothing recorded, does not say recorded", async () => {
    const { answerToken } = await import("../../server/engagement/checkins/answer-links");
    const { createTwoTenants } = await import("../support/factories");
    const { victim } = await createTwoTenants();
    const scheduled = await db.checkIn.findFirstOrThrow({ where: { customerAccountId: victim.account.id, answer: null } });
    // As if its email went out: the link is live, and nobody has answered.
    const checkIn = await db.checkIn.update({ where: { id: scheduled.id }, data: { status: "SENT", sentAt: new Date() } });
    const token = answerToken(checkIn.id, "ON_TRACK", victim.champion.user.email);
    const response = await fetch(`${baseUrl()}/check-in/${token}/thanks`);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).not.toMatch(/answer is recorded/);
    expect(html).toContain("Your answer is not recorded yet");
    expect((await db.checkIn.findUniqueOrThrow({ where: { id: checkIn.id } })).answer).toBeNull();
  });
});
