import { Button, Heading, Text } from "@react-email/components";
import { buttonStyle, defaultBranding, EmailLayout, type Branding } from "./email-layout";
import { defineEmailTemplate } from "./define-email-template";

export type MagicLinkEmailProps = { url: string; branding: Branding; minutesValid: number };

export function MagicLinkEmail({ url, branding, minutesValid }: MagicLinkEmailProps) {
  return (
    <EmailLayout branding={branding} preview={`Your sign-in link for ${branding.organizationName}`}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        Sign in to {branding.organizationName}
      </Heading>
      <Text>Click the button to sign in. The link works once and expires in {minutesValid} minutes.</Text>
      <Button href={url} style={buttonStyle(branding)}>
        Sign in
      </Button>
      <Text style={{ color: "#71717a", fontSize: 13 }}>Or paste this link into your browser: {url}</Text>
      <Text style={{ color: "#71717a", fontSize: 13 }}>If you did not ask to sign in, you can ignore this email.</Text>
    </EmailLayout>
  );
}

export const magicLinkPreviewProps: MagicLinkEmailProps = {
  url: "http://localhost:3000/api/auth/callback/email?token=preview",
  branding: defaultBranding,
  minutesValid: 10,
};

export const magicLinkEmail = defineEmailTemplate({
  name: "magic-link",
  description: "The sign-in link (essential).",
  subject: (props) => `Sign in to ${props.branding.organizationName}`,
  component: MagicLinkEmail,
  previewProps: magicLinkPreviewProps,
});
