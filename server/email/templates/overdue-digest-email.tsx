// The customer's overdue-task digest: at most one a day, listing every overdue task instead of one
// email per task.
import { Button, Heading, Section, Text } from "@react-email/components";
import { buttonStyle, defaultBranding, EmailLayout, type Branding } from "./email-layout";
import { UnsubscribeFooter } from "./email-footer";
import { defineEmailTemplate } from "./define-email-template";

export type OverdueDigestEmailProps = {
  branding: Branding;
  recipientName: string | null;
  accountName: string;
  tasks: { title: string; dueDate: string; daysOverdue: number }[];
  portalUrl: string;
  unsubscribeUrl: string;
};

export function OverdueDigestEmail(props: OverdueDigestEmailProps) {
  const { branding } = props;
  const count = props.tasks.length;
  return (
    <EmailLayout
      branding={branding}
      preview={`${count} onboarding ${count === 1 ? "task is" : "tasks are"} past due for ${props.accountName}`}
      footer={<UnsubscribeFooter branding={branding} unsubscribeUrl={props.unsubscribeUrl} topic="reminders" />}
    >
      <Heading as="h1" style={{ fontSize: 22 }}>
        {count} {count === 1 ? "task is" : "tasks are"} waiting for you
      </Heading>
      <Text>
        Hi {props.recipientName ?? "there"}, these onboarding tasks for {props.accountName} are past their due date. A few minutes
        on them keeps your rollout with {branding.organizationName} on schedule.
      </Text>
      <Section>
        {props.tasks.map((task) => (
          <Text key={`${task.title}-${task.dueDate}`} style={{ fontSize: 14, margin: "4px 0" }}>
            • {task.title}: due {task.dueDate} ({task.daysOverdue} {task.daysOverdue === 1 ? "day" : "days"} ago)
          </Text>
        ))}
      </Section>
      <Button href={props.portalUrl} style={buttonStyle(branding)}>
        Open your onboarding plan
      </Button>
    </EmailLayout>
  );
}

export const overdueDigestPreviewProps: OverdueDigestEmailProps = {
  branding: defaultBranding,
  recipientName: "Casey Champion",
  accountName: "Globex",
  tasks: [
    { title: "Connect your data source", dueDate: "2026-11-20", daysOverdue: 4 },
    { title: "Invite your analysts", dueDate: "2026-11-23", daysOverdue: 1 },
  ],
  portalUrl: "http://localhost:3000/portal",
  unsubscribeUrl: "http://localhost:3000/unsubscribe/preview",
};

export const overdueDigestEmail = defineEmailTemplate({
  name: "overdue-digest",
  description: "A customer's daily digest of overdue onboarding tasks (at most one a day).",
  subject: (props) => `${props.tasks.length} onboarding ${props.tasks.length === 1 ? "task is" : "tasks are"} past due`,
  component: OverdueDigestEmail,
  previewProps: overdueDigestPreviewProps,
});
