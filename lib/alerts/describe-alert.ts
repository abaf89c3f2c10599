// The words of an alert, rendered when it is shown (workspace, CSM digest email), never stored: an alert
// keeps its kind and the facts behind it, so wording can change and be translated without touching data.
import {
  checkInAnswerLabels as answerLabels,
  type CheckInAnswerKind as CheckInAnswerValue,
} from "../engagement/check-in-answers";

// The facts each kind of alert carries (Alert.data).
export type AlertData = {
  STALLED: { days: number; limit: number };
  NEGLECTED: { days: number; limit: number };
  MILESTONE_OVERDUE: { milestoneId?: string; title: string; dueDate: string };
  HELP_WAITING: { helpRequestId?: string; hours: number; target: number };
  NEGATIVE_CHECK_IN: { checkInId: string; dayOffset: number; answer: CheckInAnswerValue; comment?: string | null };
  EMAIL_BOUNCED: { email: string; status: "BOUNCED" | "COMPLAINED" | "SUPPRESSED" };
};
export type AlertKindName = keyof AlertData;

export const alertKindLabels: Record<AlertKindName, string> = {
  STALLED: "Stalled",
  MILESTONE_OVERDUE: "Milestone overdue",
  NEGATIVE_CHECK_IN: "Negative check-in",
  HELP_WAITING: "Help request waiting",
  NEGLECTED: "Neglected",
  EMAIL_BOUNCED: "Email bounced",
};

type Facts = Record<string, unknown>;
const text = (facts: Facts, key: string) => (typeof facts[key] === "string" ? (facts[key] as string) : "");
const count = (facts: Facts, key: string) => (typeof facts[key] === "number" ? Math.round(facts[key] as number) : 0);

// Tolerant of partial data (an alert written by an older version): a missing fact reads as empty, never throws.
export function describeAlert(alert: { kind: string; data: unknown }): string {
  const facts: Facts = typeof alert.data === "object" && alert.data !== null ? (alert.data as Facts) : {};
  switch (alert.kind as AlertKindName) {
    case "STALLED":
      return `No customer activity for ${count(facts, "days")} days (limit ${count(facts, "limit")})`;
    case "NEGLECTED":
      return `Nobody at your company has reached out for ${count(facts, "days")} days (limit ${count(facts, "limit")})`;
    case "MILESTONE_OVERDUE":
      return `Milestone "${text(facts, "title")}" was due ${text(facts, "dueDate")} and is not reached`;
    case "HELP_WAITING":
      return `A help request has waited ${count(facts, "hours")} business hours for a reply (target ${count(facts, "target")})`;
    case "NEGATIVE_CHECK_IN": {
      const answer = answerLabels[text(facts, "answer") as CheckInAnswerValue] ?? text(facts, "answer");
      const comment = text(facts, "comment");
      return `Day ${count(facts, "dayOffset")} check-in answered "${answer}"${comment ? `: ${comment.slice(0, 200)}` : ""}`;
    }
    case "EMAIL_BOUNCED": {
      const status = text(facts, "status");
      const what =
        status === "COMPLAINED" ? "was reported as spam" : status === "SUPPRESSED" ? "is suppressed by Resend" : "bounced";
      return `Email to ${text(facts, "email")} ${what}: they will not get check-ins or reminders until the address is fixed`;
    }
    default:
      return alertKindLabels[alert.kind as AlertKindName] ?? alert.kind;
  }
}
