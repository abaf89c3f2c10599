// Renders a template with its preview props and the organization's branding, for /admin/emails.
import { render } from "@react-email/render";
import { DomainError } from "../../errors";
import { emailTemplates } from "../../email/templates";
import type { ProvenOrganizationId } from "../../identity/scope";
import { brandingOf } from "@/server/identity";

export function listTemplates() {
  return emailTemplates.map(({ name, description }) => ({ name, description }));
}

export async function previewTemplate(organizationId: ProvenOrganizationId, name: string) {
  const template = emailTemplates.find((entry) => entry.name === name);
  if (!template) throw new DomainError("NOT_FOUND", "Template not found");
  const { subject, react } = template.preview(await brandingOf(organizationId));
  const [html, text] = await Promise.all([render(react), render(react, { plainText: true })]);
  return { name: template.name, description: template.description, subject, html, text };
}
