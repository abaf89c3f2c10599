// renderEmail must produce exactly the HTML @react-email/render's render() produces: it is a cheaper way to
// the same bytes, not a different rendering. Its plain text differs on purpose: every link address stands
// alone on its own line (render() glues "label url" inline, and adjacent buttons ran together).
import { createElement } from "react";
import { render } from "@react-email/render";
import { describe, expect, it } from "vitest";
import { renderEmail } from "./render-email";
import { CheckInEmail, checkInPreviewProps } from "./templates/check-in-email";
import { defaultBranding } from "./templates/email-layout";
import { emailTemplates } from "./templates";

const withLogo = { organizationName: "Zoë & Søn <Ltd>", brandColor: "#0f766e", logoUrl: "https://cdn.example.test/logo.png" };

const cases = [
  ...emailTemplates.map((template) => ({ name: template.name, element: template.preview(defaultBranding).react })),
  // An image (React adds a preload hint that both strip), characters beyond ASCII and markup to escape.
  ...emailTemplates.map((template) => ({ name: `${template.name} with a logo`, element: template.preview(withLogo).react })),
  {
    name: "check-in with long, non-ASCII content",
    element: createElement(CheckInEmail, {
      ...checkInPreviewProps,
      recipientName: "Łukasz “Luke” Żółć",
      accountName: "Ünïcödé GmbH & Co. <KG>",
      milestones: Array.from({ length: 40 }, (_, index) => ({
        title: `Milestone ${index} ✓ — naïve café`,
        reached: index % 3 === 0,
      })),
    }),
  },
];

describe("renderEmail", () => {
  it.each(cases)("renders $name exactly like render()", async ({ element }) => {
    const rendered = await renderEmail(element);
    expect(rendered.html).toBe(await render(element));
  });

  it.each(cases)("puts every link of $name on its own line in the plain text", async ({ element }) => {
    const { html, text } = await renderEmail(element);
    const hrefs = [...html.matchAll(/<a\b[^>]*href="([^"]+)"/g)].map((match) => match[1]!.replaceAll("&amp;", "&"));
    expect(hrefs.length).toBeGreaterThan(0);
    const lines = new Set(text.split("\n").map((line) => line.trim()));
    expect(hrefs.filter((href) => !href.startsWith("mailto:") && !lines.has(href))).toEqual([]);
  });
});
