// One-click answer links: a signed token carrying the check-in, the answer and who it was sent to.
// They expire 30 days after the day the email was built so an old email cannot rewrite history forever.
// The expiry is a whole UTC day, so building the same check-in's email again that day signs the same links.
import { z } from "zod";
import { getEnv } from "../../env";
import type { CheckInAnswer } from "../../generated/prisma/enums";
import { signToken, verifyToken } from "@/server/email/tokens/signed-token";
import { dayMs, todayIn } from "@/lib/time";

export const answerLinkValidDays = 30;
export const checkInAnswers = ["ON_TRACK", "SOME_CONCERNS", "OFF_TRACK"] as const satisfies readonly CheckInAnswer[];
const answerSchema = z.enum(checkInAnswers);

export function answerToken(checkInId: string, answer: CheckInAnswer, recipientEmail: string, now = new Date()): string {
  // Signed per UTC day, so a retried batch carries byte-identical links (Resend compares the body).
  const expires = new Date(todayIn("UTC", now).getTime() + answerLinkValidDays * dayMs);
  return signToken("checkin-answer", { c: checkInId, a: answer, r: recipientEmail }, expires);
}

export type AnswerTokenContent = { checkInId: string; answer: CheckInAnswer; recipientEmail: string };

export function readAnswerToken(token: string, now = new Date()): AnswerTokenContent | "invalid" | "expired" {
  const check = verifyToken("checkin-answer", token, now);
  if (!check.ok) return check.reason;
  const answer = answerSchema.safeParse(check.data.a);
  if (!check.data.c || !answer.success) return "invalid";
  return { checkInId: check.data.c, answer: answer.data, recipientEmail: check.data.r ?? "" };
}

export function answerUrls(checkInId: string, recipientEmail: string, now = new Date()) {
  const url = (answer: CheckInAnswer) => `${getEnv().APP_URL}/check-in/${answerToken(checkInId, answer, recipientEmail, now)}`;
  return { onTrack: url("ON_TRACK"), someConcerns: url("SOME_CONCERNS"), offTrack: url("OFF_TRACK") };
}
