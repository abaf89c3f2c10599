// The check-in email as a person gets it: sent by the app (scheduler run as of day 90 from the dev outbox),
// every address in its plain-text part opens a working page, and its HTML lays out within a 390 px phone
// screen in Chromium.
import { describe, expect, it } from "vitest";
import { db } from "../../server/db";
import { baseUrl } from "../support/browser";
import { browserAndTenantsForFile } from "../support/browser-suite";

const suite = browserAndTenantsForFile();

async function sendDay90() {
  const { account } = suite.tenants.victim;
  const day90 = await db.checkIn.findFirstOrThrow({ where: { customerAccountId: account.id, dayOffset: 90 } });
  const page = await (await suite.browser.newContext()).newPage();
  await page.goto(`${baseUrl()}/dev/outbox`);
  await page.getByLabel(/Run scheduler as of/).fill(day90.scheduledFor.toISOString());
  await page.getByRole("button", { name: "Run scheduler as of…" }).click();
  await page
    .getByRole("status")
    .filter({ hasText: /Ran the scheduler/ })
    .waitFor();
  return db.emailLog.findUniqueOrThrow({ where: { idempotencyKey: `checkin:${day90.id}` } });
}

describe("the check-in email", () => {
  it("goes out once for day 90 (30 and 60 superseded), and every link in its text part works", async () => {
    const email = await sendDay90();
    const older = await db.checkIn.findMany({
      where: { customerAccountId: suite.tenants.victim.account.id, dayOffset: { in: [30, 60] } },
    });
    expect(older.map((row) => [row.status, row.lastError])).toEqual([
      ["SKIPPED", "superseded by day 90"],
      ["SKIPPED", "superseded by day 90"],
    ]);
    expect(email.text).toContain("it has been 90 days");
    const lines = email.text!.split("\n").map((line) => line.trim());
    const urls = lines.filter((line) => /^https?:\/\//.test(line));
    // Three answers and the unsubscribe link, each alone on its line and nothing glued to it.
    expect(urls).toHaveLength(4);
    expect(email.text!.match(/https?:\/\/\S+/g)).toEqual(urls);
    const page = await (await suite.browser.newContext()).newPage();
    for (const url of urls) {
      const response = await page.goto(new URL(url).toString());
      expect(response?.status(), url).toBe(200);
      expect(await page.textContent("body"), url).not.toMatch(/does not work|not valid|expired/i);
    }
  });

  it("fits a 390 px phone screen", async () => {
    const email = await db.emailLog.findFirstOrThrow({
      where: { template: "check-in", toEmail: suite.tenants.victim.champion.user.email, html: { not: null } },
    });
    expect(email.html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1"');
    const page = await (await suite.browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await page.setContent(email.html!);
    const width = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: window.innerWidth }));
    expect(width.client).toBe(390);
    expect(width.scroll).toBeLessThanOrEqual(390);
    // Every answer button is fully on screen.
    for (const name of ["On track", "Some concerns", "Off track"]) {
      const box = await page.getByRole("link", { name }).boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 390, name).toBe(true);
    }
    await page.screenshot({ path: "test-results/check-in-email-390.png", fullPage: true }).catch(() => undefined);
  });
});
