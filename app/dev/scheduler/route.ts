// Dev tools only: "Run scheduler as of…" on /dev/outbox posts here, so people (and the browser test)
// can see day 30 without waiting a month.
import { NextResponse } from "next/server";
import { getEnv } from "@/server/env";
import { runSchedulerOnce } from "@/server/jobs/run-scheduler-once";
import { verifyDevToolsRequest } from "@/server/security/dev-tools-guard";

export async function POST(request: Request) {
  if (!getEnv().devToolsEnabled) return new NextResponse("Not found", { status: 404 });
  const form = await request.formData().catch(() => new FormData());
  const guard = verifyDevToolsRequest(request, String(form.get("token") ?? ""));
  if (!guard.ok) return new NextResponse(guard.reason, { status: 403 });
  const now = new Date(String(form.get("now") ?? ""));
  if (Number.isNaN(now.getTime())) {
    return new NextResponse("Give an ISO date-time such as 2026-12-24T09:00:00Z", { status: 400 });
  }
  const report = await runSchedulerOnce(now);
  const summary = `Ran the scheduler as of ${now.toISOString()}: ${report.map((ran) => ran.summary).join("; ")}.`;
  const target = new URL("/dev/outbox", getEnv().APP_URL);
  target.searchParams.set("ran", summary);
  return NextResponse.redirect(target, 303);
}
