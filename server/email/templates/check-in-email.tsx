// The 30/60/90-day check-in: progress so far, the goals with baseline -> current -> target, and three
// one-click answers that work without signing in.
import { Button, Heading, Section, Text } from "@react-email/components";
import { defaultBranding, EmailLayout, type Branding } from "./email-layout";
import { UnsubscribeFooter } from "./email-footer";
import { defineEmailTemplate } from "./define-email-template";
import { checkInAnswerLabels } from "../../../lib/engagement/check-in-answers";

export type CheckInGoal = { title: string; unit: string | null; baseline: number; current: number; target: number };

export type CheckInEmailProps = {
  branding: Branding;
  recipientName: string | null;
  accountName: string;
  dayOffset: number;
  // Days since kickoff when the email was built (later than dayOffset when the check-in went out late).
  daysSinceKickoff?: number;
  csmName: string | null;
  tasksDone: number;
  tasksTotal: number;
  milestones: { title: string; reached: boolean }[];
  goals: CheckInGoal[];
  answerUrls: { onTrack: string; someConcerns: string; offTrack: string };
  unsubscribeUrl: string;
};

const withUnit = (value: number, unit: string | null) => `${Number(value.toFixed(2))}${unit ? ` ${unit}` : ""}`;

// Share of the way from baseline to target (works for goals that go down, too).
export function goalProgressPercent(goal: Pick<CheckInGoal, "baseline" | "current" | "target">): number {
  const span = goal.target - goal.baseline;
  if (span === 0) return goal.current === goal.target ? 100 : 0;
  return Math.max(0, Math.min(100, Math.round(((goal.current - goal.baseline) / span) * 100)));
}

function Bar({ percent, color }: { percent: number; color: string }) {
  return (
    <div style={{ backgroundColor: "#e4e4e7", borderRadius: 4, height: 8, width: "100%" }}>
      <div style={{ backgroundColor: color, borderRadius: 4, height: 8, width: `${percent}%` }} />
    </div>
  );
}

const answerStyle = (color: string) =>
  ({
    backgroundColor: color,
    borderRadius: 6,
    color: "#ffffff",
    display: "inline-block",
    fontWeight: 600,
    margin: "0 8px 8px 0",
    padding: "10px 16px",
    textDecoration: "none",
  }) as const;

export function CheckInEmail(props: CheckInEmailProps) {
  const { branding } = props;
  const percent = props.tasksTotal ? Math.round((props.tasksDone / props.tasksTotal) * 100) : 0;
  return (
    <EmailLayout
      branding={branding}
      preview={`Day ${props.dayOffset}: how is ${props.accountName} doing with ${branding.organizationName}?`}
      footer={<UnsubscribeFooter branding={branding} unsubscribeUrl={props.unsubscribeUrl} topic="check-ins" />}
    >
      <Heading as="h1" style={{ fontSize: 22 }}>
        Day {props.dayOffset} check-in: how is it going?
      </Heading>
      <Text>
        Hi {props.recipientName ?? "there"}, it has been {props.daysSinceKickoff ?? props.dayOffset} days since{" "}
        {props.accountName} started with {branding.organizationName}. Here is where things stand.
      </Text>

      <Section>
        <Text style={{ fontWeight: 600, marginBottom: 4 }}>
          Onboarding progress: {props.tasksDone} of {props.tasksTotal} tasks done ({percent}%)
        </Text>
        <Bar percent={percent} color={branding.brandColor} />
        {props.milestones.length > 0 && (
          <Text style={{ fontSize: 14 }}>
            {props.milestones.map((milestone) => `${milestone.reached ? "✓" : "○"} ${milestone.title}`).join("  ·  ")}
          </Text>
        )}
      </Section>

      <Section>
        <Text style={{ fontWeight: 600, marginBottom: 4 }}>Your goals</Text>
        {props.goals.length === 0 ? (
          <Text style={{ fontSize: 14 }}>No goals recorded yet: reply to this email to tell us what success looks like.</Text>
        ) : (
          props.goals.map((goal) => (
            <Section key={goal.title} style={{ marginBottom: 12 }}>
              <Text style={{ fontSize: 14, margin: "4px 0" }}>
                {goal.title}: {withUnit(goal.baseline, goal.unit)} → {withUnit(goal.current, goal.unit)} (target{" "}
                {withUnit(goal.target, goal.unit)})
              </Text>
              <Bar percent={goalProgressPercent(goal)} color={branding.brandColor} />
            </Section>
          ))
        )}
      </Section>

      <Text style={{ fontWeight: 600 }}>
        Are you on track to get what you came for? Choose an answer: you confirm it on the next page.
      </Text>
      <Section>
        <Button href={props.answerUrls.onTrack} style={answerStyle("#15803d")}>
          {checkInAnswerLabels.ON_TRACK}
        </Button>
        <Button href={props.answerUrls.someConcerns} style={answerStyle("#b45309")}>
          {checkInAnswerLabels.SOME_CONCERNS}
        </Button>
        <Button href={props.answerUrls.offTrack} style={answerStyle("#b91c1c")}>
          {checkInAnswerLabels.OFF_TRACK}
        </Button>
      </Section>
      <Text style={{ color: "#71717a", fontSize: 13 }}>
        You can add a comment after answering, or simply reply to this email{props.csmName ? ` to reach ${props.csmName}` : ""}.
      </Text>
    </EmailLayout>
  );
}

export const checkInPreviewProps: CheckInEmailProps = {
  branding: defaultBranding,
  recipientName: "Casey Champion",
  accountName: "Globex",
  dayOffset: 30,
  csmName: "Sam CSM",
  tasksDone: 7,
  tasksTotal: 12,
  milestones: [
    { title: "Kickoff", reached: true },
    { title: "Setup", reached: true },
    { title: "First report", reached: false },
  ],
  goals: [{ title: "Less time on reports", unit: "hours/week", baseline: 10, current: 6, target: 2 }],
  answerUrls: {
    onTrack: "http://localhost:3000/check-in/preview-on-track",
    someConcerns: "http://localhost:3000/check-in/preview-some-concerns",
    offTrack: "http://localhost:3000/check-in/preview-off-track",
  },
  unsubscribeUrl: "http://localhost:3000/unsubscribe/preview",
};

export const checkInEmail = defineEmailTemplate({
  name: "check-in",
  description: "The 30/60/90-day check-in with progress, goals and one-click answers.",
  subject: (props) => `Day ${props.dayOffset} check-in: how is ${props.accountName} doing?`,
  component: CheckInEmail,
  previewProps: checkInPreviewProps,
});
