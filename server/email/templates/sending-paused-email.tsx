// To the owners when Resend's daily or monthly quota stops sending: what is held back and until when.
import { Button, Heading, Text } from "@react-email/components";
import { buttonStyle, defaultBranding, EmailLayout, type Branding } from "./email-layout";
import { defineEmailTemplate } from "./define-email-template";

export type SendingPausedEmailProps = { branding: Branding; reason: string; until: string; waiting: number; emailLogUrl: string };

export function SendingPausedEmail(props: SendingPausedEmailProps) {
  return (
    <EmailLayout branding={props.branding} preview="Email sending is paused: the Resend quota is used up">
      <Heading as="h1" style={{ fontSize: 22 }}>
        Email sending is paused
      </Heading>
      <Text>
        Resend refused further emails: {props.reason} Onward stopped sending instead of retrying. {props.waiting} check-ins stay
        due and go out on their own once the quota resets (expected {props.until}), or sooner if you raise the quota in Resend.
      </Text>
      <Button href={props.emailLogUrl} style={buttonStyle(props.branding)}>
        Open the email log
      </Button>
    </EmailLayout>
  );
}

const sendingPausedPreviewProps: SendingPausedEmailProps = {
  branding: defaultBranding,
  reason: "You have reached your daily email sending quota.",
  until: "2026-12-02 00:00 UTC",
  waiting: 1200,
  emailLogUrl: "http://localhost:3000/admin/emails/log",
};

export const sendingPausedEmail = defineEmailTemplate({
  name: "sending-paused",
  description: "To the owners when Resend's sending quota stops all sending (essential).",
  subject: () => "Email sending is paused: the Resend quota is used up",
  component: SendingPausedEmail,
  previewProps: sendingPausedPreviewProps,
});
