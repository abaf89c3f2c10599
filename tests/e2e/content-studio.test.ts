// The admin's content studio in Chromium: write a tutorial with a video, preview and publish it; build
// a template, reorder a task with the keyboard, publish it; a new account starts with that order.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../server/db";
import { createCustomerAccount } from "../../server/services/accounts/create-customer-account";
import { proveOrganization } from "../../server/trpc/scope";
import { baseUrl, launchBrowser, signIn } from "../support/browser";
import { createTwoTenants } from "../support/factories";

let browser: Browser;
let tenants: Awaited<ReturnType<typeof createTwoTenants>>;

beforeAll(async () => {
  browser = await launchBrowser();
  tenants = await createTwoTenants();
});

afterAll(async () => {
  await browser?.close();
});

describe("content studio", () => {
  it("an admin publishes a tutorial and a reordered template that new accounts follow", async () => {
    const organizationId = tenants.victim.organization.id;
    const page = await browser.newPage();
    await signIn(page, tenants.victim.admin.user.email);

    // A tutorial with a video embed, previewed as customers will see it, then published.
    await page.goto(`${baseUrl()}/admin/tutorials`);
    await page.getByRole("link", { name: "New tutorial" }).click();
    await page.waitForURL(/\/admin\/tutorials\/new$/);
    await page.getByLabel("Title", { exact: true }).fill("Connect your warehouse");
    await page.getByLabel("Content (Markdown)").fill("# Connect\n\nOpen **Settings**, then watch:");
    await page.getByLabel(/Video link/).fill("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
    await page.getByRole("button", { name: "Insert video" }).click();
    const preview = page.getByTestId("tutorial-preview");
    await preview.locator('iframe[src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"]').waitFor({ state: "attached" });
    await expect(preview.locator("strong").textContent()).resolves.toBe("Settings");
    await page.getByRole("button", { name: "Create draft" }).click();
    await page.waitForURL(/\/admin\/tutorials\/(?!new)[^/]+$/);
    await page.getByRole("button", { name: "Save and publish" }).click();
    await page.getByText("Published as version 1").waitFor();
    const tutorial = await db.tutorial.findFirstOrThrow({ where: { organizationId, title: "Connect your warehouse" } });
    expect(tutorial.status).toBe("PUBLISHED");
    expect(await db.tutorialVersion.count({ where: { tutorialId: tutorial.id } })).toBe(1);
    expect(tutorial.bodyMarkdown).toContain("https://www.youtube.com/watch?v=dQw4w9WgXcQ");

    // A template with three tasks; the last one, a tutorial task, is moved to the top by keyboard.
    await page.goto(`${baseUrl()}/admin/templates`);
    await page.getByLabel("New template name").fill("Studio onboarding");
    await page.getByRole("button", { name: "Create template" }).click();
    await page.waitForURL(/\/admin\/templates\/[^/]+$/);
    for (const title of ["Sign the order form", "Invite your team", "Read the warehouse guide"]) {
      await page.getByRole("button", { name: "Add task to Kickoff" }).click();
      await page.getByLabel("Task title").last().fill(title);
    }
    await page.getByLabel("Kind of Read the warehouse guide").selectOption("TUTORIAL");
    await page.getByLabel("Tutorial for Read the warehouse guide").selectOption({ label: "Connect your warehouse" });
    const handle = page.getByRole("button", { name: /^Reorder task Read the warehouse guide/ });
    await handle.focus();
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await expect(page.getByLabel("Task title").first().inputValue()).resolves.toBe("Read the warehouse guide");
    await page.getByRole("button", { name: "Save and publish version" }).click();
    await page.getByText("Published version 1").waitFor();
    await page.getByTestId("template-versions").waitFor();
    await page.close();

    // A new account created from the template gets its tasks in the order the admin chose.
    const template = await db.checklistTemplate.findFirstOrThrow({ where: { organizationId, name: "Studio onboarding" } });
    const account = await createCustomerAccount(
      proveOrganization(organizationId),
      {
        name: "Reordered Co",
        templateId: template.id,
        kickoffDate: "2026-12-01",
        csmMembershipId: null,
        championEmail: "champion-reordered@example.test",
      },
      null,
      { sendInvitation: false },
    );
    const tasks = await db.accountTask.findMany({ where: { customerAccountId: account.id }, orderBy: { position: "asc" } });
    expect(tasks.map((task) => [task.position, task.title])).toEqual([
      [0, "Read the warehouse guide"],
      [1, "Sign the order form"],
      [2, "Invite your team"],
    ]);
    expect(tasks[0]?.tutorialId).toBe(tutorial.id);
  });
});
