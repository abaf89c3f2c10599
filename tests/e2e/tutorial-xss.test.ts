// Tutorials are written by vendor admins and read by customers: hostile Markdown must never run script
// in the customer's browser. Each payload would set window.__xss or open a dialog if it executed.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, launchBrowser, signIn } from "../support/browser";
import { createAccount, createCustomer, createOrganization, createTutorial } from "../support/factories";

const payloads: Record<string, string> = {
  "script tag": "Hello\n\n<script>window.__xss = 'script'; alert('script')</script>",
  "event attributes": [
    `<img src="/nope.png" onerror="window.__xss='img'; alert('img')">`,
    `<p onmouseover="window.__xss='hover'" onclick="window.__xss='click'">hover me</p>`,
    `<details open ontoggle="window.__xss='toggle'; alert('toggle')"><summary>x</summary></details>`,
    `![x](/nope.png" onerror="window.__xss='md-img')`,
  ].join("\n\n"),
  "javascript links": [
    "[markdown link](javascript:window.__xss='md-link';alert('md-link'))",
    `<a href="javascript:window.__xss='html-link';alert('html-link')">html link</a>`,
    `<a href="JaVaScRiPt:alert('mixed-case')">mixed case link</a>`,
    `<a href="&#106;avascript:alert('entity')">entity link</a>`,
  ].join("\n\n"),
  "svg onload": `<svg onload="window.__xss='svg'; alert('svg')"><circle r="4"/></svg>\n\n<svg><script>window.__xss='svg-script'</script></svg>`,
  "iframe srcdoc": [
    `<iframe srcdoc="<script>parent.__xss='srcdoc'; alert('srcdoc')</script>"></iframe>`,
    `<iframe src="javascript:parent.__xss='iframe-js'"></iframe>`,
    `<object data="javascript:alert('object')"></object><embed src="javascript:alert('embed')">`,
  ].join("\n\n"),
  "style and meta tricks": [
    `<meta http-equiv="refresh" content="0;url=javascript:alert('meta')">`,
    `<style>body { background: url("javascript:alert('style')") }</style>`,
    `<form action="javascript:alert('form')"><button>submit</button></form>`,
    `<input autofocus onfocus="window.__xss='focus'">`,
  ].join("\n\n"),
};

let browser: Browser;
let page: Page;
let dialogs: string[] = [];
const tutorials: { name: string; id: string }[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  const organization = await createOrganization("Hostile");
  const account = await createAccount(organization.id);
  const { user } = await createCustomer(account);
  for (const [name, body] of Object.entries(payloads)) {
    const tutorial = await createTutorial(organization.id, { title: `<img src=x onerror="window.__xss='title'"> ${name}`, body });
    tutorials.push({ name, id: tutorial.id });
  }
  page = await browser.newPage();
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await signIn(page, user.email);
});

afterAll(async () => {
  await browser?.close();
});

describe("the tutorial reader with hostile content", () => {
  it.each(Object.keys(payloads))("runs no script from %s", async (name) => {
    dialogs = [];
    const tutorial = tutorials.find((candidate) => candidate.name === name)!;
    await page.goto(`${baseUrl()}/portal/tutorials/${tutorial.id}`);
    const body = page.getByTestId("tutorial-body");
    await body.waitFor();
    // Interact the way a reader would: hover, click every link and button in the content.
    await body.hover();
    for (const link of await body.locator("a, button, summary, p").all()) {
      await link.click({ timeout: 2000, noWaitAfter: true }).catch(() => undefined);
    }
    await page.waitForLoadState("load");
    // Give any surviving handler (image error, svg load) a chance to fire before checking.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 200))));
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(new URL(page.url()).pathname).toBe(`/portal/tutorials/${tutorial.id}`);
    expect(await body.locator("script, iframe[srcdoc], [onerror], [onload], [onclick], a[href^='javascript' i]").count()).toBe(0);
  });
});
