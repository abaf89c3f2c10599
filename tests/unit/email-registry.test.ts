// The email registry is complete by construction: every template file registers a definition, and every
// definition renders its preview (the admin page at /admin/emails shows exactly this list).
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderEmail } from "@/server/email/render-email";
import { emailTemplates } from "@/server/email/templates";
import { defaultBranding } from "@/server/email/templates/email-layout";

const templatesDirectory = path.join(process.cwd(), "server/email/templates");
// Building blocks shared by the templates, not templates themselves.
const parts = new Set(["email-layout.tsx", "email-footer.tsx", "define-email-template.ts", "index.ts"]);

describe("email registry", () => {
  it("lists every template file once, under a unique name", async () => {
    const files = readdirSync(templatesDirectory).filter((file) => !parts.has(file) && !file.endsWith(".test.ts"));
    const registered = new Set<unknown>(emailTemplates);
    for (const file of files) {
      const exported = Object.values(await import(path.join(templatesDirectory, file)));
      expect(
        exported.some((value) => registered.has(value)),
        `${file} registers a template`,
      ).toBe(true);
    }
    expect(files).toHaveLength(emailTemplates.length);
    expect(new Set(emailTemplates.map((template) => template.name)).size).toBe(emailTemplates.length);
  });

  it.each(emailTemplates.map((template) => [template.name, template] as const))(
    "renders a preview of %s with a subject, HTML and plain text",
    async (_name, template) => {
      const { subject, react, template: name } = template.preview(defaultBranding);
      expect(name).toBe(template.name);
      expect(subject.trim()).not.toBe("");
      const { html, text } = await renderEmail(react);
      expect(html).toContain(defaultBranding.organizationName);
      expect(text.trim().length).toBeGreaterThan(20);
    },
  );
});
