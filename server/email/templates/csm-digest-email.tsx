import { Button, Heading, Section, Text } from "@react-email/components";
import { describeAlert } from "../../../lib/alerts/describe-alert";
import { buttonStyle, defaultBranding, EmailLayout, type Branding } from "./email-layout";

export type CsmDigestEmailProps = {
  branding: Branding;
  csmName: string | null;
  date: string;
  alerts: { id: string; accountName: string; kind: string; data: unknown }[];
  atRiskCount: number;
  workspaceUrl: string;
};

// One email a day instead of one per alert: what needs the CSM today, grouped by account.
export function CsmDigestEmail(props: CsmDigestEmailProps) {
  const byAccount = new Map<string, CsmDigestEmailProps["alerts"]>();
  for (const alert of props.alerts) byAccount.set(alert.accountName, [...(byAccount.get(alert.accountName) ?? []), alert]);
  return (
    <EmailLayout
      branding={props.branding}
      preview={`${props.alerts.length} alerts across ${byAccount.size} accounts need you today`}
    >
      <Heading as="h1" style={{ fontSize: 22 }}>
        Good morning{props.csmName ? `, ${props.csmName}` : ""}
      </Heading>
      <Text>
        {props.date}: {props.alerts.length} open alert{props.alerts.length === 1 ? "" : "s"} across {byAccount.size} of your
        accounts
        {props.atRiskCount > 0 ? `, ${props.atRiskCount} at risk` : ""}.
      </Text>
      {[...byAccount.entries()].map(([accountName, alerts]) => (
        <Section key={accountName} style={{ borderLeft: "3px solid #e4e4e7", margin: "12px 0", paddingLeft: 12 }}>
          <Text style={{ fontWeight: 700, margin: "0 0 4px" }}>{accountName}</Text>
          {alerts.map((alert) => (
            <Text key={alert.id} style={{ margin: "2px 0" }}>
              • {describeAlert(alert)}
            </Text>
          ))}
        </Section>
      ))}
      <Button href={props.workspaceUrl} style={buttonStyle(props.branding)}>
        Open your workspace
      </Button>
    </EmailLayout>
  );
}

export const csmDigestPreviewProps: CsmDigestEmailProps = {
  branding: defaultBranding,
  csmName: "Casey",
  date: "2026-11-24",
  alerts: [
    { id: "a1", accountName: "Umbrella Health", kind: "STALLED", data: { days: 21, limit: 7 } },
    {
      id: "a2",
      accountName: "Umbrella Health",
      kind: "NEGATIVE_CHECK_IN",
      data: { checkInId: "c1", dayOffset: 30, answer: "OFF_TRACK", comment: null },
    },
    { id: "a3", accountName: "Hooli", kind: "HELP_WAITING", data: { hours: 30, target: 24 } },
  ],
  atRiskCount: 1,
  workspaceUrl: "http://localhost:3000/workspace",
};
