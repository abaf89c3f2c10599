// Headless Debian Chromium driven by playwright-core, plus the real magic-link sign-in through the
// dev outbox, as a person would do it.
import { chromium, type Browser, type Page } from "playwright-core";

export const baseUrl = () => {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error("E2E_BASE_URL is not set: run browser tests through the e2e project");
  return url;
};

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

// Requests a link on the sign-in page and returns the link from the newest outbox email to that address.
export async function requestMagicLink(page: Page, email: string): Promise<string> {
  await page.goto(`${baseUrl()}/sign-in`);
  await page.getByLabel("Work email").fill(email);
  await page.getByRole("button", { name: /sign-in link/i }).click();
  await page.waitForURL(/\/sign-in\/check-email/);
  return latestLinkTo(page, email, "/api/auth/callback/email");
}

export async function latestLinkTo(page: Page, email: string, linkContains: string): Promise<string> {
  await page.goto(`${baseUrl()}/dev/outbox`);
  await page.locator('[data-testid="outbox-item"]', { hasText: email }).first().click();
  const link = await page.locator('[data-testid="outbox-link"]', { hasText: linkContains }).first().getAttribute("href");
  if (!link) throw new Error(`No link containing ${linkContains} in the latest email to ${email}`);
  return link;
}

export async function signIn(page: Page, email: string): Promise<void> {
  const link = await requestMagicLink(page, email);
  await page.goto(link);
  await page.waitForURL((url) => !url.pathname.startsWith("/api/auth"));
}
