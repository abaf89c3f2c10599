// renderEmail must produce exactly what @react-email/render's render() produces (HTML, and the plain text
// of render({ plainText: true })): it is a cheaper way to the same bytes, not a different rendering.
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
    expect(rendered.text).toBe(await render(element, { plainText: true }));
  });
});
