import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger";
import { annotateRequest, runWithRequestContext } from "./request-context";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { log: createLogger(stream), lines, parsed: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe("logger", () => {
  it("writes JSON lines with the request id, user and organization of the request", () => {
    const { log, parsed } = capture();
    runWithRequestContext({ requestId: "req-12345678" }, () => {
      annotateRequest({ userId: "user_1", organizationId: "org_1" });
      log.info({ path: "accounts.list" }, "handled");
    });
    log.info("outside a request");
    const [inside, outside] = parsed();
    expect(inside).toMatchObject({
      level: "info",
      msg: "handled",
      requestId: "req-12345678",
      userId: "user_1",
      organizationId: "org_1",
    });
    expect(outside!.requestId).toBeUndefined();
  });

  it("never writes a token, secret, key or email body, however it is nested or phrased", () => {
    const { log, lines } = capture();
    const secrets = [
      "sign-in-token-0123456789",
      "re_live_abcdef0123456789",
      "whsec_c2VjcmV0c2VjcmV0",
      "hunter2-password",
      "<p>Dear customer, your private check-in</p>",
      "plain text body of the email",
      "session-cookie-value",
    ];
    log.info({
      token: secrets[0],
      config: { resendApiKey: secrets[1], webhook: { secret: secrets[2] } },
      user: { password: secrets[3] },
      email: { subject: "Your 30-day check-in", html: secrets[4], text: secrets[5] },
      headers: { cookie: secrets[6], authorization: `Bearer ${secrets[0]}` },
    });
    log.info(`magic link http://localhost:3000/api/auth/callback/resend?token=${secrets[0]}&email=a%40b.c`);
    log.error(new Error(`Resend refused key ${secrets[1]}`), "send failed");
    log.warn({ note: `webhook signed with ${secrets[2]}`, attempts: [{ body: secrets[5] }] });
    const output = lines.join("");
    for (const secret of secrets) expect(output).not.toContain(secret);
    // What is safe stays readable.
    expect(output).toContain("Your 30-day check-in");
    expect(output).toContain("send failed");
    expect(output).toContain("email=a%40b.c");
  });
});
