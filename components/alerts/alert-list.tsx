"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/components/trpc-provider";
import { alertKindLabels, describeAlert, type AlertKindName } from "@/lib/alerts/describe-alert";

type AlertItem = { id: string; kind: string; data: unknown; createdAt: Date; customerAccount: { id: string; name: string } };

// Alerts with the factor that raised each one, and a way to mark one handled.
export function AlertList({ alerts, showAccount }: { alerts: AlertItem[]; showAccount: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const resolve = useMutation(trpc.portfolio.resolveAlert.mutationOptions({ onSuccess: () => router.refresh() }));
  if (alerts.length === 0) return <p className="mt-2 text-sm text-zinc-600">No open alerts. Nice.</p>;
  return (
    <ul className="mt-2 divide-y divide-zinc-100" data-testid="alert-list">
      {alerts.map((alert) => (
        <li key={alert.id} className="flex flex-wrap items-start justify-between gap-2 py-2" data-testid="alert">
          <div>
            <span className="mr-2 rounded bg-red-50 px-1.5 py-0.5 text-xs font-semibold text-red-800">
              {alertKindLabels[alert.kind as AlertKindName] ?? alert.kind}
            </span>
            {showAccount && (
              <a className="font-medium text-indigo-700 underline" href={`/workspace/accounts/${alert.customerAccount.id}`}>
                {alert.customerAccount.name}
              </a>
            )}
            <p className="text-sm text-zinc-700">{describeAlert(alert)}</p>
          </div>
          <button
            type="button"
            disabled={resolve.isPending}
            onClick={() => resolve.mutate({ alertId: alert.id })}
            className="rounded-md border border-zinc-300 px-2 py-1 text-xs font-medium hover:bg-zinc-50"
          >
            Mark handled
          </button>
        </li>
      ))}
      {resolve.error && (
        <li role="alert" className="py-2 text-sm text-red-700">
          {resolve.error.message}
        </li>
      )}
    </ul>
  );
}
