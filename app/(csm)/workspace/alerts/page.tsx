import type { Metadata } from "next";
import { guarded } from "@/app/_lib/guarded";
import { AlertList } from "@/components/alerts/alert-list";
import { serverApi } from "@/server/trpc/server-caller";

export const metadata: Metadata = { title: "Alerts" };

export default async function AlertsPage({ searchParams }: { searchParams: Promise<{ scope?: string }> }) {
  const mine = (await searchParams).scope !== "all";
  const alerts = await guarded((await serverApi()).portfolio.alerts({ mine }));
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-xl font-semibold">Alerts ({alerts.length})</h1>
        <a className="text-sm text-indigo-700 underline" href={mine ? "/workspace/alerts?scope=all" : "/workspace/alerts"}>
          {mine ? "Show everyone's accounts" : "Show only my accounts"}
        </a>
      </div>
      <section className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-zinc-200">
        <AlertList alerts={alerts} showAccount />
      </section>
    </div>
  );
}
