// A customer's onboarding in Chromium: read a tutorial, complete tasks, watch the progress bar and the
// milestone, set a goal, ask for help; then the CSM finds the help request in their workspace.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../server/db";
import { baseUrl, launchBrowser, signIn } from "../support/browser";
import {
  createAccount,
  createCustomer,
  createOrganization,
  createStaff,
  createTemplate,
  createTutorial,
} from "../support/factories";

let browser: Browser;
let setup: Awaited<ReturnType<typeof buildCustomer>>;

async function buildCustomer() {
  const organization = await createOrganization("Onboarding");
  const csm = await createStaff(organization.id, "CSM");
  const tutorial = await createTutorial(organization.id, {
    title: "Welcome to the product",
    body: "## First steps\n\nOpen the **dashboard** and look around.\n\n- Connect data\n- Share a report",
  });
  const { version } = await createTemplate(organization.id, [
    {
      title: "Getting started",
      tasks: [
        { title: "Read the welcome guide", kind: "TUTORIAL", tutorialId: tutorial.id, dueOffsetDays: 1 },
        { title: "Name your workspace", dueOffsetDays: 2 },
      ],
    },
    { title: "Go live", tasks: [{ title: "Launch to the team", dueOffsetDays: 10 }] },
  ]);
  const account = await createAccount(organization.id, { templateVersionId: version.id, csmMembershipId: csm.membership.id });
  const champion = await createCustomer(account, "CHAMPION");
  return { organization, csm, tutorial, account, champion };
}

const progressText = (page: Page) => page.getByTestId("overall-progress").textContent();
const progressValue = (page: Page) =>
  page.getByRole("progressbar", { name: "Onboarding progress" }).getAttribute("aria-valuenow");

beforeAll(async () => {
  browser = await launchBrowser();
  setup = await buildCustomer();
});

afterAll(async () => {
  await browser?.close();
});

describe("customer onboarding", () => {
  it("reads a tutorial, completes tasks, reaches a milestone, sets a goal and asks for help", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await signIn(page, setup.champion.user.email);
    expect(new URL(page.url()).pathname).toBe("/portal");
    expect(await progressText(page)).toContain("0 of 3 tasks done");
    await expect(page.getByTestId("next-up").textContent()).resolves.toContain("Read the welcome guide");

    // The tutorial: rendered Markdown, reading time, completion at the end, feedback.
    await page.getByRole("link", { name: "Read the tutorial: Welcome to the product" }).click();
    await page.waitForURL(/\/portal\/tutorials\//);
    await page.getByRole("heading", { name: "First steps" }).waitFor();
    expect(await page.getByTestId("reading-time").textContent()).toMatch(/min read/);
    // The page redraws before the server answers; wait for the answer before leaving the page.
    const tutorialSaved = page.waitForResponse((response) => response.url().includes("plan.complete"));
    await page.getByRole("button", { name: /mark “Read the welcome guide” done/ }).click();
    expect((await tutorialSaved).ok()).toBe(true);
    await page.getByText("“Read the welcome guide” is done.").waitFor();
    await page.getByLabel("Yes").check();
    await page.getByRole("button", { name: "Send feedback" }).click();
    await page.getByText("Thanks for your feedback!").waitFor();
    expect(await db.tutorialFeedback.count({ where: { tutorialId: setup.tutorial.id, helpful: true } })).toBe(1);

    // Back on the plan, the bar has moved; finishing the milestone's last task reaches it.
    await page.goto(`${baseUrl()}/portal`);
    expect(await progressText(page)).toContain("1 of 3 tasks done (33%)");
    const taskSaved = page.waitForResponse((response) => response.url().includes("plan.complete"));
    await page.getByRole("button", { name: "Mark done: Name your workspace" }).click();
    await page.getByText("2 of 3 tasks done (67%)").waitFor();
    expect(await progressValue(page)).toBe("67");
    await page.getByTestId("milestone-reached").waitFor();
    await page.getByRole("button", { name: "Reopen: Name your workspace" }).waitFor();
    // The server agrees: once it has answered, a reload still shows the milestone reached.
    expect((await taskSaved).ok()).toBe(true);
    await page.reload();
    await page.getByTestId("milestone-reached").waitFor();
    expect(await progressText(page)).toContain("2 of 3 tasks done");
    const milestone = await db.accountMilestone.findFirstOrThrow({
      where: { customerAccountId: setup.account.id, title: "Getting started" },
    });
    expect(milestone.reachedAt).not.toBeNull();
    expect((await db.customerAccount.findUniqueOrThrow({ where: { id: setup.account.id } })).progressPercent).toBe(67);

    // A goal going down, from 5 hours to 1.
    await page.getByRole("link", { name: "Goals" }).click();
    await page.waitForURL(/\/portal\/goals/);
    await page.getByText("No goals yet.").waitFor();
    await page.getByLabel("Goal", { exact: true }).fill("Faster reporting");
    await page.getByLabel("What you will measure").fill("Hours a week on reports");
    await page.getByLabel("Unit (optional)").fill("h");
    await page.getByLabel("Where you are today").fill("5");
    await page.getByLabel("Target", { exact: true }).fill("1");
    await page.getByLabel("Target date").fill("2027-03-31");
    await page.getByRole("button", { name: "Add goal" }).click();
    await page.getByRole("heading", { name: "Faster reporting" }).waitFor();
    await page.getByLabel("Current value (h)").fill("3");
    await page.getByRole("button", { name: "Save progress" }).click();
    await page.getByText("50% of the way").waitFor();
    expect(await page.getByRole("progressbar", { name: "Faster reporting progress" }).getAttribute("aria-valuenow")).toBe("50");

    // "I'm stuck" on a task.
    await page.getByRole("link", { name: "My plan" }).click();
    await page.waitForURL((url) => url.pathname === "/portal");
    await page.getByRole("button", { name: "I’m stuck: Launch to the team" }).click();
    await page.getByLabel("What are you stuck on?").fill("Who should we invite for the launch?");
    await page.getByRole("button", { name: "Send to my CSM" }).click();
    await page.getByText(/^Sent\./).waitFor();
    await page.getByTestId("help-requests").getByText("Who should we invite for the launch?").waitFor();
    await expect(page.getByTestId("help-requests").textContent()).resolves.toContain("Waiting for reply");
    await context.close();

    // The CSM sees it in the account's workspace and replies.
    const csmContext = await browser.newContext();
    const csmPage = await csmContext.newPage();
    await signIn(csmPage, setup.csm.user.email);
    await csmPage.goto(`${baseUrl()}/workspace/accounts/${setup.account.id}`);
    const panel = csmPage.getByTestId("csm-help-requests");
    await panel.getByText("Who should we invite for the launch?").waitFor();
    await panel.getByPlaceholder("Write a reply").fill("Your team leads first.");
    await csmPage.getByRole("button", { name: "Send reply" }).click();
    await panel.getByText("Your team leads first.").waitFor();
    await csmContext.close();
    expect(await db.emailLog.count({ where: { toEmail: setup.csm.user.email, template: "help-request" } })).toBe(1);
  });

  it("rolls a failed change back with a visible message", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, setup.champion.user.email);
    const before = await progressText(page);
    // The server refuses this one: make every plan mutation fail as if the network dropped.
    await page.route("**/api/trpc/plan.complete**", (route) => route.abort());
    await page.getByRole("button", { name: "Mark done: Launch to the team" }).click();
    await page.getByRole("alert").filter({ hasText: "Could not mark the task done" }).waitFor();
    await page.getByRole("button", { name: "Mark done: Launch to the team" }).waitFor();
    expect(await progressText(page)).toBe(before);
    await context.close();
  });
});
