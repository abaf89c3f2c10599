// Resend's delivery webhooks (delivered, opened, bounced, complained), verified with svix: an
// unsigned or forged request changes nothing.
import { NextResponse } from "next/server";
import { Webhook, WebhookVerificationError } from "svix";
import { getEnv } from "@/server/env";
import { handleResendEvent, resendEventSchema } from "@/server/engagement";

export async function POST(request: Request) {
  const secret = getEnv().RESEND_WEBHOOK_SECRET;
  if (!secret) return NextResponse.json({ error: "Webhooks are not configured (RESEND_WEBHOOK_SECRET)" }, { status: 503 });
  const body = await request.text();
  const headers = {
    "svix-id": request.headers.get("svix-id") ?? "",
    "svix-timestamp": request.headers.get("svix-timestamp") ?? "",
    "svix-signature": request.headers.get("svix-signature") ?? "",
  };
  let payload: unknown;
  try {
    payload = new Webhook(secret).verify(body, headers);
  } catch (error) {
    if (error instanceof WebhookVerificationError) return NextResponse.json({ error: "Invalid signature" }, { status: 401 });
    throw error;
  }
  const event = resendEventSchema.safeParse(payload);
  if (!event.success) return NextResponse.json({ error: "Unexpected payload" }, { status: 400 });
  const outcome = await handleResendEvent(headers["svix-id"], event.data);
  return NextResponse.json({ outcome });
}
