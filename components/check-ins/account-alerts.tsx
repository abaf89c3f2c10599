"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../trpc-provider";

const kindLabels: Record<string, string> = {
  STALLED: "Stalled",
  MILESTONE_OVERDUE: "Milestone overdue",
  NEGATIVE_CHECK_IN: "Negative check-in",
  HELP_WAITING: "Help waiting",
  NEGLECTED: "Neglected",
  EMAIL_BOUNCED: "Email bounced",
};

// The account's open alerts: what needs the CSM now.
export function AccountAlerts({ accountId }: { accountId: string }) {
  const trpc = useTRPC();
  const alerts = useQuery(trpc.checkIns.openAlerts.queryOptions({ accountId }));
  if (alerts.isPending || alerts.isError || alerts.data.length === 0) return null;
  return (
    <section aria-labelledby="alerts-heading" className="rounded-lg bg-amber-50 p-4 ring-1 ring-amber-200">
      <h2 id="alerts-heading" className="font-semibold text-amber-900">
        Needs attention
      </h2>
      <ul className="mt-1 space-y-1">
        {alerts.data.map((alert) => (
          <li key={alert.id} className="text-sm text-amber-900" data-testid="alert">
            <span className="font-semibold">{kindLabels[alert.kind] ?? alert.kind}:</span> {alert.reason}
          </li>
        ))}
      </ul>
    </section>
  );
}
