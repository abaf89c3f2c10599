// A template owns itself: its name (in the email log), what it is for, its subject, its component and
// the props the admin preview renders it with. Callers pass typed props and never build an element or a
// subject by hand; the registry (./index.ts) is the list of these definitions.
import { createElement, type ComponentType, type ReactElement } from "react";
import type { Branding } from "./email-layout";

type TemplateProps = { branding: Branding };

export type EmailTemplate<Props extends TemplateProps> = {
  name: string;
  description: string;
  subject: (props: Props) => string;
  component: ComponentType<Props>;
  previewProps: Props;
};

// What the send path needs from a template, built from its props.
export type ComposedEmail = { template: string; subject: string; react: ReactElement };

export function composeEmail<Props extends TemplateProps>(template: EmailTemplate<Props>, props: Props): ComposedEmail {
  return { template: template.name, subject: template.subject(props), react: createElement(template.component, props) };
}

export function defineEmailTemplate<Props extends TemplateProps>(template: EmailTemplate<Props>) {
  return {
    ...template,
    // The template with its preview props in an organization's branding, for /admin/emails.
    preview: (branding: Branding): ComposedEmail => composeEmail(template, { ...template.previewProps, branding }),
  };
}
