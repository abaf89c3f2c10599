import { Button, Heading, Section, Text } from "@react-email/components";
import { buttonStyle, defaultBranding, EmailLayout, type Branding } from "./email-layout";
import { defineEmailTemplate } from "./define-email-template";

export type NudgeEmailProps = {
  branding: Branding;
  recipientName: string | null;
  csmName: string;
  accountName: string;
  nextTasks: { title: string; dueDate: string; overdue: boolean }[];
  planUrl: string;
  message: string | null;
};

export function NudgeEmail(props: NudgeEmailProps) {
  const { branding } = props;
  return (
    <EmailLayout branding={branding} preview={`Your next steps with ${branding.organizationName}`}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        {props.recipientName ? `Hi ${props.recipientName},` : "Hi,"}
      </Heading>
      {props.message ? <Text style={{ whiteSpace: "pre-line" }}>{props.message}</Text> : null}
      <Text>
        {props.csmName} here from {branding.organizationName}. These are {props.accountName}&apos;s next steps:
      </Text>
      <Section>
        {props.nextTasks.map((task) => (
          <Text key={task.title} style={{ margin: "4px 0" }}>
            • {task.title} — due {task.dueDate}
            {task.overdue ? " (overdue)" : ""}
          </Text>
        ))}
      </Section>
      <Button href={props.planUrl} style={buttonStyle(branding)}>
        Open your plan
      </Button>
      <Text style={{ color: "#71717a", fontSize: 13 }}>
        Stuck on something? Reply to this email or use &ldquo;I&apos;m stuck&rdquo; on any task.
      </Text>
    </EmailLayout>
  );
}

export const nudgePreviewProps: NudgeEmailProps = {
  branding: defaultBranding,
  recipientName: "Grace",
  csmName: "Casey Chen",
  accountName: "Globex",
  nextTasks: [
    { title: "Connect your data source", dueDate: "2026-12-03", overdue: true },
    { title: "Invite your team", dueDate: "2026-12-05", overdue: false },
  ],
  planUrl: "http://localhost:3000/portal",
  message: "Happy to jump on a call this week if that helps.",
};

export const nudgeEmail = defineEmailTemplate({
  name: "nudge",
  description: "A CSM's nudge to a customer with the account's next steps and an optional message.",
  subject: (props) => `Your next steps with ${props.branding.organizationName}`,
  component: NudgeEmail,
  previewProps: nudgePreviewProps,
});
