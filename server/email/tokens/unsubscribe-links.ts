// Unsubscribe links and headers for non-essential email. The token names the person and the topic;
// it is long-lived because people unsubscribe from old emails too. Its expiry is a whole UTC day, so the
// links of an email built again the same day are the same.
import { getEnv } from "../../env";
import { signToken, verifyToken } from "./signed-token";
import { dayMs, todayIn } from "../../../lib/time";

const validForDays = 365;

export function unsubscribeToken(userId: string, topic: string, now = new Date()): string {
  // Signed per UTC day, so a retried batch carries byte-identical links (Resend compares the body).
  const today = todayIn("UTC", now).getTime();
  return signToken("unsubscribe", { u: userId, t: topic }, new Date(today + validForDays * dayMs));
}

export function readUnsubscribeToken(token: string): { userId: string; topic: string } | null {
  const check = verifyToken("unsubscribe", token);
  if (!check.ok || !check.data.u || !check.data.t) return null;
  return { userId: check.data.u, topic: check.data.t };
}

// The page a person sees from the link in the email body.
export function unsubscribePageUrl(userId: string, topic: string): string {
  return `${getEnv().APP_URL}/unsubscribe/${unsubscribeToken(userId, topic)}`;
}

// RFC 8058 one-click: mail clients POST "List-Unsubscribe=One-Click" to this URL without a page.
export function listUnsubscribeHeaders(userId: string, topic: string): Record<string, string> {
  return {
    "List-Unsubscribe": `<${getEnv().APP_URL}/api/unsubscribe/${unsubscribeToken(userId, topic)}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}
