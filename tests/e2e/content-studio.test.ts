// The admin's content studio in Chromium: write a tutorial with a video, preview and publish it; build
// a template, reorder a task with the keyboard, publish it; a new account starts with that order.
import { describe, expect, it } from "vitest";
import { db } from "../../server/db";
import { createCustomerAccount } from "../../server/onboarding/accounts/create-customer-account";
import { proveOrganization } from "../../server/identity/scope";
import { baseUrl, signIn } from "../support/browser";
import { createTemplate } from "../support/factories";
import { browserAndTenantsForFile } from "../support/browser-suite";

const suite = browserAndTenantsForFile();

describe("content studio", () => {
  it("an admin publishes a tutorial and a reordered template that new accounts follow", async () => {
    const organizationId = suite.tenants.victim.organization.id;
    const page = await suite.browser.newPage();
    await signIn(page, suite.tenants.victim.admin.user.email);

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
    // The page refreshes to show the new version with its author.
    await page.getByText(/^Version 1$/).waitFor();
    await expect(page.getByTestId("tutorial-status").textContent()).resolves.toBe("published");
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

  it("uploads an image into a tutorial and serves it; rejects a file that is not an image", async () => {
    const page = await suite.browser.newPage();
    await signIn(page, suite.tenants.victim.owner.user.email);
    await page.goto(`${baseUrl()}/admin/tutorials/new`);
    const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), Buffer.alloc(64, 7)]);
    await page.locator('input[type="file"]').setInputFiles({ name: "diagram.png", mimeType: "image/png", buffer: png });
    const image = page.getByTestId("tutorial-preview").locator('img[alt="diagram"]');
    await image.waitFor({ state: "attached" });
    const src = await image.getAttribute("src");
    expect(src).toMatch(/^\/uploads\/.+\.png$/);
    const served = await fetch(`${baseUrl()}${src}`);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true);

    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: "evil.png", mimeType: "image/png", buffer: Buffer.from("<svg/>") });
    await page.getByRole("alert").getByText("not a PNG, JPEG, GIF or WebP").waitFor();
    await page.close();
  });

  it("saves a valid brand colour and explains an invalid one", async () => {
    const page = await suite.browser.newPage();
    await signIn(page, suite.tenants.victim.admin.user.email);
    await page.goto(`${baseUrl()}/admin/settings`);
    await page.getByLabel("Brand colour (hex)").fill("not-a-colour");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByRole("alert").getByText("hex code like #4f46e5").waitFor();
    await page.getByLabel("Brand colour (hex)").fill("#0ea5e9");
    await page.getByLabel(/Days after kickoff/).fill("14, 45, 90");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByRole("status").getByText("Settings saved.").waitFor();
    const organization = await db.organization.findUniqueOrThrow({ where: { id: suite.tenants.victim.organization.id } });
    expect(organization.brandColor).toBe("#0ea5e9");
    expect(organization.checkInOffsets).toEqual([14, 45, 90]);
    await page.close();
  });

  it("keeps CSMs out of the studio and lets them read the library", async () => {
    const page = await suite.browser.newPage();
    await signIn(page, suite.tenants.victim.csm.user.email);
    await page.goto(`${baseUrl()}/admin/templates`);
    expect(new URL(page.url()).pathname).toBe("/workspace");
    await page.getByRole("link", { name: "Library" }).click();
    await page.getByRole("heading", { name: /Published tutorials/ }).waitFor();
    await page.close();
  });

  it("reorders tasks and milestones by drag and drop", async () => {
    const { template } = await createTemplate(suite.tenants.victim.organization.id, [
      { title: "Kickoff", tasks: [{ title: "Alpha" }, { title: "Bravo" }, { title: "Charlie" }] },
      { title: "Launch", tasks: [{ title: "Delta" }] },
    ]);
    // Tall enough that the sticky save bar covers neither the dragged handle nor the drop target.
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 1600 } });
    await signIn(page, suite.tenants.victim.admin.user.email);
    await page.goto(`${baseUrl()}/admin/templates/${template.id}`);
    await page.getByRole("button", { name: /^Reorder task Charlie/ }).dragTo(page.getByTestId("template-task").first());
    await page.getByRole("button", { name: /^Reorder milestone Launch/ }).dragTo(page.getByTestId("milestone").first(), {
      // The top edge of the milestone card, where its title is: a tall card's centre may sit below the fold.
      targetPosition: { x: 8, y: 8 },
    });
    await page.getByRole("button", { name: "Save draft" }).click();
    await page.getByRole("status").getByText("Draft saved").waitFor();
    const milestones = await db.templateMilestone.findMany({
      where: { templateId: template.id },
      orderBy: { position: "asc" },
      include: { tasks: { orderBy: { position: "asc" } } },
    });
    expect(milestones.map((milestone) => [milestone.title, milestone.tasks.map((task) => task.title)])).toEqual([
      ["Launch", ["Delta"]],
      ["Kickoff", ["Charlie", "Alpha", "Bravo"]],
    ]);
    await page.close();
  });
});
