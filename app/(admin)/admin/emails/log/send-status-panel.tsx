// Above the email log: a banner while Resend's quota stops sending, and the progress of a check-in send.
import { ProgressBar } from "@/components/progress-bar";

type SendStatus = {
  quotaBlock: { until: Date; error: string } | null;
  run: { sent: number; due: number; ratePerSecond: number; rateMeasured: boolean; etaSeconds: number | null } | null;
};

const count = (value: number) => value.toLocaleString("en-US");

function duration(seconds: number): string {
  if (seconds < 90) return `${seconds} s`;
  if (seconds < 5400) return `${Math.round(seconds / 60)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}

export function SendStatusPanel({ status }: { status: SendStatus }) {
  const { quotaBlock, run } = status;
  return (
    <>
      {quotaBlock && (
        <div role="alert" className="rounded-lg bg-red-50 p-4 text-sm text-red-900 ring-1 ring-red-200">
          <p className="font-semibold">Sending is paused: Resend&apos;s sending quota is used up.</p>
          <p>
            {quotaBlock.error} Due check-ins stay due and go out once the quota resets (expected{" "}
            {quotaBlock.until.toISOString().replace("T", " ").slice(0, 16)} UTC). The owners were emailed.
          </p>
        </div>
      )}
      {run && (
        <section aria-label="Check-in send in progress" className="space-y-2 rounded-lg bg-white p-4 ring-1 ring-zinc-200">
          <p className="text-sm font-medium">
            Sending check-ins: {count(run.sent)} of {count(run.due)} sent
          </p>
          <ProgressBar value={run.due ? (run.sent / run.due) * 100 : 0} label="Check-ins sent" />
          <p className="text-xs text-zinc-600">
            {run.rateMeasured
              ? `${run.ratePerSecond}/s over the last minute`
              : `up to ${run.ratePerSecond}/s at the Resend limit`}
            {run.etaSeconds !== null ? ` · about ${duration(run.etaSeconds)} left` : " · waiting for the quota"}
          </p>
        </section>
      )}
    </>
  );
}
