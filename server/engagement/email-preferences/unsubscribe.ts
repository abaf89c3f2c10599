// Unsubscribing by signed link (no sign-in): from one topic, or from all non-essential email.
// sendEmail reads these preferences for every non-essential send.
import { z } from "zod";
import { db } from "../../db";
import { DomainError } from "../../errors";
import { readUnsubscribeToken } from "@/server/email/tokens/unsubscribe-links";

export const unsubscribeInput = z.object({
  token: z.string().min(10, "This link is not valid").max(2000),
  scope: z.enum(["topic", "all"]).default("topic"),
});

const topicLabels: Record<string, string> = { "check-ins": "check-in emails", reminders: "overdue-task reminders" };
export const topicLabel = (topic: string) => topicLabels[topic] ?? topic;

function readToken(token: string) {
  const content = readUnsubscribeToken(token);
  if (!content) throw new DomainError("BAD_REQUEST", "This unsubscribe link is not valid.");
  return content;
}

export async function describeUnsubscribe(token: string) {
  const { userId, topic } = readToken(token);
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, emailPreference: true } });
  if (!user) throw new DomainError("BAD_REQUEST", "This unsubscribe link is not valid.");
  const preference = user.emailPreference;
  return {
    email: user.email,
    topic,
    topicLabel: topicLabel(topic),
    unsubscribedFromTopic: Boolean(preference?.unsubscribedAll || preference?.unsubscribedTopics.includes(topic)),
    unsubscribedAll: Boolean(preference?.unsubscribedAll),
  };
}

export async function unsubscribe(token: string, scope: "topic" | "all") {
  const { userId, topic } = readToken(token);
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!user) throw new DomainError("BAD_REQUEST", "This unsubscribe link is not valid.");
  const existing = await db.emailPreference.findUnique({ where: { userId } });
  const topics = new Set(existing?.unsubscribedTopics ?? []);
  if (scope === "topic") topics.add(topic);
  await db.emailPreference.upsert({
    where: { userId },
    create: { userId, unsubscribedAll: scope === "all", unsubscribedTopics: [...topics] },
    update: { unsubscribedAll: scope === "all" ? true : undefined, unsubscribedTopics: [...topics] },
  });
  return { topicLabel: topicLabel(topic), scope };
}
