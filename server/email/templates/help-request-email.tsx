import { Button, Heading, Text } from "@react-email/components";
import { buttonStyle, defaultBranding, EmailLayout, type Branding } from "./email-layout";
import { defineEmailTemplate } from "./define-email-template";

export type HelpRequestEmailProps = {
  branding: Branding;
  accountName: string;
  requesterName: string;
  taskTitle: string | null;
  message: string;
  workspaceUrl: string;
};

// Tells the account's CSM that a customer is stuck, with their words and a link to answer.
export function HelpRequestEmail({
  branding,
  accountName,
  requesterName,
  taskTitle,
  message,
  workspaceUrl,
}: HelpRequestEmailProps) {
  return (
    <EmailLayout branding={branding} preview={`${requesterName} at ${accountName} asked for help`}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        {requesterName} at {accountName} is stuck
      </Heading>
      {taskTitle && <Text>On the task “{taskTitle}”:</Text>}
      <Text style={{ borderLeft: "3px solid #e4e4e7", paddingLeft: 12, whiteSpace: "pre-wrap" }}>{message}</Text>
      <Button href={workspaceUrl} style={buttonStyle(branding)}>
        Answer in the workspace
      </Button>
      <Text style={{ color: "#71717a", fontSize: 13 }}>Or open: {workspaceUrl}</Text>
    </EmailLayout>
  );
}

export const helpRequestPreviewProps: HelpRequestEmailProps = {
  branding: defaultBranding,
  accountName: "Globex",
  requesterName: "Gina Champion",
  taskTitle: "Connect your data source",
  message: "Our warehouse uses SSO and the connector asks for a password. What should we do?",
  workspaceUrl: "http://localhost:3000/workspace/accounts/acc_123",
};

export const helpRequestEmail = defineEmailTemplate({
  name: "help-request",
  description: "Tells the account's CSM that a customer asked for help, with the task and the message.",
  subject: (props) => `${props.requesterName} at ${props.accountName} needs help`,
  component: HelpRequestEmail,
  previewProps: helpRequestPreviewProps,
});
