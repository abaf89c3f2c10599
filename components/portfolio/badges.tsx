import { healthBand } from "@/lib/success/compute-health";
import type { AccountScheduleStatus } from "@/lib/onboarding/schedule-status";

const healthStyles = {
  healthy: "bg-green-100 text-green-800",
  watch: "bg-amber-100 text-amber-900",
  "at-risk": "bg-red-100 text-red-800",
  "not-scored": "bg-zinc-100 text-zinc-600",
} as const;

export function HealthBadge({ score }: { score: number | null }) {
  const band = healthBand(score);
  return (
    <span
      className={`inline-flex min-w-12 justify-center rounded px-1.5 py-0.5 text-xs font-semibold ${healthStyles[band]}`}
      title={band.replace("-", " ")}
    >
      {score ?? "—"}
    </span>
  );
}

const scheduleLabels: Record<AccountScheduleStatus, [string, string]> = {
  "on-track": ["On track", "text-green-700"],
  behind: ["Behind", "text-amber-800"],
  "behind-and-idle": ["Behind, idle", "text-red-700"],
  complete: ["Complete", "text-green-800"],
  paused: ["Paused", "text-zinc-500"],
  churned: ["Churned", "text-zinc-500"],
};

export function ScheduleBadge({ status }: { status: AccountScheduleStatus }) {
  const [label, color] = scheduleLabels[status];
  return <span className={`text-sm font-medium ${color}`}>{label}</span>;
}
