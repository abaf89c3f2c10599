import { Button, Heading, Text } from "@react-email/components";
import { buttonStyle, defaultBranding, EmailLayout, type Branding } from "./email-layout";
import { defineEmailTemplate } from "./define-email-template";

export type WebhookDisabledEmailProps = {
  branding: Branding;
  endpointUrl: string;
  lastError: string | null;
  settingsUrl: string;
};

export function WebhookDisabledEmail(props: WebhookDisabledEmailProps) {
  const { branding } = props;
  return (
    <EmailLayout branding={branding} preview="A webhook endpoint was turned off">
      <Heading as="h1" style={{ fontSize: 22 }}>
        A webhook endpoint was turned off
      </Heading>
      <Text>
        Every delivery to {props.endpointUrl} has failed for three days, so Onward stopped sending to it. Events that happen while
        it is off are not queued for it.
      </Text>
      {props.lastError ? <Text style={{ color: "#71717a" }}>Last error: {props.lastError}</Text> : null}
      <Button href={props.settingsUrl} style={buttonStyle(branding)}>
        Review the endpoint
      </Button>
    </EmailLayout>
  );
}

const webhookDisabledPreviewProps: WebhookDisabledEmailProps = {
  branding: defaultBranding,
  endpointUrl: "https://crm.example.com/hooks/onward",
  lastError: "Answered 503",
  settingsUrl: "http://localhost:3000/admin/integrations",
};

export const webhookDisabledEmail = defineEmailTemplate({
  name: "webhook-disabled",
  description: "Tells admins a webhook endpoint was turned off after failing for days (essential).",
  subject: () => "A webhook endpoint was turned off",
  component: WebhookDisabledEmail,
  previewProps: webhookDisabledPreviewProps,
});
