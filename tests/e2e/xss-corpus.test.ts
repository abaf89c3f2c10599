// The XSS corpus (tests/support/xss-payloads.ts) through every place a person writes text that others
// read: account and goal names, task answers, help requests and replies, notes, tutorial titles and
// bodies, feedback comments and people's names. Each page that shows them is opened in Chromium, where no
// payload may run; the emails that carry such text must contain no live markup either.
import type { Browser, Page } from "playwright-core";
import { createElement } from "react";
import { render } from "@react-email/render";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../server/db";
import { NudgeEmail, nudgePreviewProps } from "../../server/email/templates/nudge-email";
import { CsmDigestEmail, csmDigestPreviewProps } from "../../server/email/templates/csm-digest-email";
import { baseUrl, launchBrowser, signIn } from "../support/browser";
import {
  createAccount,
  createCustomer,
  createOrganization,
  createStaff,
  createTemplate,
  createTutorial,
} from "../support/factories";
import { xssPayloads } from "../support/xss-payloads";

let browser: Browser;
const dialogs: string[] = [];
const corpus = xssPayloads.join("\n\n");

async function expectNothingRan(page: Page, path: string) {
  await page.goto(`${baseUrl()}${path}`);
  await page.waitForLoadState("networkidle");
  // Hover and click what is on screen, as a curious reader would.
  for (const element of (await page.locator("main a[href^='javascript'], main [onclick], main [onmouseover]").all()).slice(
    0,
    20,
  )) {
    await element.hover({ timeout: 1000 }).catch(() => undefined);
  }
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), `a payload ran on ${path}`).toBeUndefined();
  expect(dialogs, `a dialog opened on ${path}`).toEqual([]);
}

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe(`XSS corpus (${xssPayloads.length} payloads)`, () => {
  it("runs nowhere a CSM or a customer reads what others wrote", async () => {
    const organization = await createOrganization("Xss");
    const csm = await createStaff(organization.id, "CSM");
    await db.user.update({ where: { id: csm.user.id }, data: { name: xssPayloads.slice(0, 5).join(" ") } });
    const tutorial = await createTutorial(organization.id, { title: xssPayloads[0], body: corpus, status: "PUBLISHED" });
    const { version } = await createTemplate(organization.id, [
      {
        title: xssPayloads[2]!,
        tasks: [
          { title: xssPayloads[3]!, kind: "QUESTION", questionPrompt: xssPayloads[4] } as never,
          { title: "Read", kind: "TUTORIAL", tutorialId: tutorial.id } as never,
        ],
      },
    ]);
    const account = await createAccount(organization.id, {
      name: xssPayloads[1],
      templateVersionId: version.id,
      csmMembershipId: csm.membership.id,
    });
    const champion = await createCustomer(account, "CHAMPION");
    await db.user.update({ where: { id: champion.user.id }, data: { name: xssPayloads[6] } });
    await db.accountTask.updateMany({ where: { customerAccountId: account.id, kind: "QUESTION" }, data: { answer: corpus } });
    await db.goal.create({
      data: {
        organizationId: organization.id,
        customerAccountId: account.id,
        title: xssPayloads[7]!,
        metric: corpus,
        unit: xssPayloads[8],
        baseline: 1,
        target: 2,
        current: 1,
        targetDate: new Date("2027-01-01"),
      },
    });
    const help = await db.helpRequest.create({
      data: { organizationId: organization.id, customerAccountId: account.id, requesterId: champion.user.id, message: corpus },
    });
    await db.helpReply.create({ data: { helpRequestId: help.id, authorId: csm.user.id, body: corpus } });
    await db.note.create({
      data: { organizationId: organization.id, customerAccountId: account.id, authorId: csm.user.id, body: corpus },
    });
    await db.tutorialFeedback.create({
      data: { tutorialId: tutorial.id, customerAccountId: account.id, userId: champion.user.id, helpful: false, comment: corpus },
    });
    await db.activityEvent.create({
      data: {
        organizationId: organization.id,
        customerAccountId: account.id,
        actorId: champion.user.id,
        actorKind: "CUSTOMER",
        type: "note.added",
        data: { title: xssPayloads[9], preview: corpus },
      },
    });

    const customer = await (await browser.newContext()).newPage();
    customer.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await signIn(customer, champion.user.email);
    for (const path of ["/portal", "/portal/goals", "/portal/team", `/portal/tutorials/${tutorial.id}`])
      await expectNothingRan(customer, path);

    const staff = await (await browser.newContext()).newPage();
    staff.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await signIn(staff, csm.user.email);
    for (const path of ["/workspace", "/workspace/alerts", `/workspace/accounts/${account.id}`, "/workspace/analytics"])
      await expectNothingRan(staff, path);
  });

  it("leaves no live markup in emails that carry what people wrote", async () => {
    for (const payload of xssPayloads) {
      const nudge = await render(
        createElement(NudgeEmail, {
          ...nudgePreviewProps,
          recipientName: payload,
          accountName: payload,
          message: payload,
          nextTasks: [{ title: payload, dueDate: "2026-12-01", overdue: false }],
        }),
      );
      const digest = await render(
        createElement(CsmDigestEmail, {
          ...csmDigestPreviewProps,
          csmName: payload,
          alerts: [
            { id: "a1", accountName: payload, kind: "MILESTONE_OVERDUE", data: { title: payload, dueDate: payload } },
            { id: "a2", accountName: payload, kind: "EMAIL_BOUNCED", data: { email: payload, status: "BOUNCED" } },
          ],
        }),
      );
      for (const html of [nudge, digest]) {
        expect(html).not.toMatch(/<script|<svg|<iframe|<img[^>]+onerror|\son\w+="|href="javascript:/i);
      }
    }
  });
});
