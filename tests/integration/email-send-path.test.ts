// The one send path: the outbox without a Resend key, the real Resend SDK against a local server that
// speaks Resend's API with one, a retried send never duplicated, and 429s retried with backoff.
import { createElement } from "react";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "../../server/db";
import { sendEmail } from "../../server/email/send-email";
import { MagicLinkEmail, magicLinkPreviewProps } from "../../server/email/templates/magic-link-email";
import { startFakeResend, type FakeResend } from "../support/fake-resend-server";

const email = (key: string) => ({
  to: "reader@example.test",
  subject: "Hello",
  template: "magic-link",
  category: "essential",
  react: createElement(MagicLinkEmail, magicLinkPreviewProps),
  idempotencyKey: key,
});

describe("without RESEND_API_KEY", () => {
  it("keeps the email in the dev outbox with HTML and text", async () => {
    const result = await sendEmail(email(`outbox-${Date.now()}`));
    const row = await db.emailLog.findUniqueOrThrow({ where: { id: result.emailLogId } });
    expect(row).toMatchObject({ transport: "OUTBOX", status: "SENT" });
    expect(row.html).toContain("Sign in");
    expect(row.text).toContain(magicLinkPreviewProps.url);
  });
});

describe("with RESEND_API_KEY", () => {
  let resend: FakeResend;

  beforeAll(async () => {
    resend = await startFakeResend();
    vi.resetModules();
    process.env.RESEND_API_KEY = "re_test_key";
    process.env.RESEND_BASE_URL = resend.url;
  });

  afterAll(async () => {
    delete process.env.RESEND_API_KEY;
    delete process.env.RESEND_BASE_URL;
    await resend.close();
  });

  async function freshSendEmail() {
    return (await import("../../server/email/send-email")).sendEmail;
  }

  it("delivers through the Resend SDK and records the provider id", async () => {
    const send = await freshSendEmail();
    const key = `resend-${Date.now()}`;
    const result = await send(email(key));
    expect(result.status).toBe("SENT");
    const delivered = resend.received.find((item) => item.idempotencyKey === key);
    expect(delivered).toMatchObject({ to: "reader@example.test", subject: "Hello" });
    const row = await db.emailLog.findUniqueOrThrow({ where: { id: result.emailLogId } });
    expect(row).toMatchObject({ transport: "RESEND", providerId: delivered!.id, html: null });
  });

  it("sends once when the same email is sent again", async () => {
    const send = await freshSendEmail();
    const key = `twice-${Date.now()}`;
    await send(email(key));
    const again = await send(email(key));
    expect(again.status).toBe("ALREADY_SENT");
    expect(resend.received.filter((item) => item.idempotencyKey === key)).toHaveLength(1);
  });

  it("retries a 429 and then succeeds", async () => {
    const send = await freshSendEmail();
    resend.failNext([429, 503]);
    const key = `limited-${Date.now()}`;
    const result = await send(email(key));
    expect(result.status).toBe("SENT");
    expect(resend.received.filter((item) => item.idempotencyKey === key)).toHaveLength(1);
  });

  it("fails only the email that cannot be rendered; the others in its batch go out", async () => {
    const { sendEmails } = await import("../../server/email/send-email");
    const Broken = () => {
      throw new Error("missing goal title");
    };
    const stamp = Date.now();
    const [good, broken, alsoGood] = await sendEmails([
      email(`batch-good-${stamp}`),
      { ...email(`batch-broken-${stamp}`), react: createElement(Broken) },
      email(`batch-also-good-${stamp}`),
    ]);
    expect([good!.status, broken!.status, alsoGood!.status]).toEqual(["SENT", "FAILED", "SENT"]);
    const row = await db.emailLog.findUniqueOrThrow({ where: { id: broken!.emailLogId } });
    expect(row).toMatchObject({ status: "FAILED", error: "The email could not be rendered: missing goal title" });
    expect(resend.received.some((item) => item.idempotencyKey === `batch-broken-${stamp}`)).toBe(false);
  });

  it("records a permanent failure as FAILED with the reason", async () => {
    process.env.RESEND_API_KEY = "re_other";
    const send = await freshSendEmail();
    resend.failNext([500, 500, 500, 500]);
    const result = await send(email(`broken-${Date.now()}`));
    expect(result.status).toBe("FAILED");
    const row = await db.emailLog.findUniqueOrThrow({ where: { id: result.emailLogId } });
    expect(row.error).toMatch(/500/);
  });
});
