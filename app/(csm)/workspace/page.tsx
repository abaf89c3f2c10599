import type { Metadata } from "next";
import { guarded } from "@/app/_lib/guarded";
import { AlertList } from "@/components/alerts/alert-list";
import { PortfolioTable } from "@/components/portfolio/portfolio-table";
import { serverApi } from "@/server/trpc/server-caller";

export const metadata: Metadata = { title: "Portfolio" };

export default async function PortfolioPage() {
  const api = await serverApi();
  const [options, alerts] = await guarded(Promise.all([api.portfolio.formOptions(), api.portfolio.alerts({ mine: true })]));
  const me = options.staff.find((member) => member.membershipId === options.myMembershipId);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-xl font-semibold">Portfolio</h1>
        <a
          href="/workspace/accounts/new"
          className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-indigo-700"
        >
          New account
        </a>
      </div>
      {alerts.length > 0 && (
        <section aria-labelledby="alerts-heading" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-zinc-200">
          <h2 id="alerts-heading" className="font-semibold">
            Needs you now <span className="ml-1 rounded-full bg-red-100 px-2 text-sm text-red-800">{alerts.length}</span>
          </h2>
          <AlertList alerts={alerts.slice(0, 5)} showAccount />
          {alerts.length > 5 && (
            <a className="mt-2 inline-block text-sm text-indigo-700 underline" href="/workspace/alerts">
              All {alerts.length} alerts
            </a>
          )}
        </section>
      )}
      {/* Admins and owners usually oversee everyone's accounts; CSMs start with their own. */}
      <PortfolioTable templates={options.templates} initialScope={me?.role === "CSM" ? "mine" : "all"} />
    </div>
  );
}
