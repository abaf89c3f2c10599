// RFC 8058 one-click unsubscribe: mail clients POST "List-Unsubscribe=One-Click" here with no page.
import { NextResponse } from "next/server";
import { unsubscribe } from "@/server/engagement";
import { DomainError } from "@/server/errors";

export async function POST(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  try {
    await unsubscribe(token, "topic");
    return NextResponse.json({ unsubscribed: true });
  } catch (error) {
    if (error instanceof DomainError) return NextResponse.json({ error: error.message }, { status: 400 });
    throw error;
  }
}

// A person who opens the header's URL in a browser gets the page, which asks before changing anything.
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return NextResponse.redirect(new URL(`/unsubscribe/${encodeURIComponent(token)}`, request.url), 303);
}
