import type { Metadata } from "next";
import { ProgressBar } from "@/components/progress-bar";
import { guarded } from "@/app/_lib/guarded";
import { serverApi } from "@/server/trpc/server-caller";

export const metadata: Metadata = { title: "My plan" };

export default async function PortalHomePage() {
  const summary = await guarded((await serverApi()).portal.summary());
  return (
    <div className="space-y-6">
      <section className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-zinc-200">
        <h1 className="text-xl font-semibold">Welcome to your onboarding</h1>
        <p className="mt-1 text-zinc-600">
          {summary.account.name} · kickoff {summary.account.kickoffDate.toISOString().slice(0, 10)} · you are the account&apos;s{" "}
          {summary.role === "CHAMPION" ? "champion" : "team member"}
        </p>
        <div className="mt-4">
          <p className="mb-1 text-sm font-medium">
            {summary.tasks.done} of {summary.tasks.total} tasks done ({summary.tasks.percent}%)
          </p>
          <ProgressBar value={summary.tasks.percent} label="Onboarding progress" />
        </div>
      </section>
      <section className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-zinc-200">
        <h2 className="font-semibold">Your contact at {summary.organization.name}</h2>
        {summary.csm ? (
          <p className="mt-1 text-zinc-700">
            {summary.csm.name ?? summary.csm.email} —{" "}
            <a className="text-indigo-700 underline" href={`mailto:${summary.csm.email}`}>
              {summary.csm.email}
            </a>
          </p>
        ) : (
          <p className="mt-1 text-zinc-600">A customer success manager will be assigned to you shortly.</p>
        )}
      </section>
    </div>
  );
}
