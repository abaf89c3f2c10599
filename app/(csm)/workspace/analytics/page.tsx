import type { Metadata } from "next";
import { guarded } from "@/app/_lib/guarded";
import { BarChart, StackedBar } from "@/components/charts/bar-chart";
import { serverApi } from "@/server/trpc/server-caller";
import { checkInAnswerLabels as answerLabels } from "@/lib/engagement/check-in-answers";

export const metadata: Metadata = { title: "Analytics" };

const answerColors = { ON_TRACK: "bg-green-500", SOME_CONCERNS: "bg-amber-400", OFF_TRACK: "bg-red-500" } as const;

export default async function AnalyticsPage({ searchParams }: { searchParams: Promise<{ template?: string }> }) {
  const api = await serverApi();
  const options = await guarded(api.portfolio.formOptions());
  const requested = (await searchParams).template;
  const templateId = options.templates.some((template) => template.id === requested) ? requested : options.templates[0]?.id;
  if (!templateId) {
    return (
      <p className="rounded-lg bg-white p-6 text-zinc-600 ring-1 ring-zinc-200">
        Publish a checklist template to see where customers drop off.
      </p>
    );
  }
  const analytics = await guarded(api.portfolio.templateAnalytics({ templateId }));
  const offsets = [...new Set(analytics.checkInAnswers.map((row) => row.dayOffset))];
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-xl font-semibold">Analytics: {analytics.template.name}</h1>
        <form className="flex items-end gap-2 text-sm">
          <label className="flex flex-col text-xs font-medium text-zinc-600">
            Template
            <select
              name="template"
              defaultValue={templateId}
              className="rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm"
            >
              {options.templates.map((template) => (
                <option key={template.id} value={template.id}>
                  {template.name}
                </option>
              ))}
            </select>
          </label>
          <button className="rounded-md border border-zinc-300 bg-white px-3 py-1.5">Show</button>
        </form>
      </div>
      <p className="text-zinc-600">{analytics.totalAccounts} accounts started from this template.</p>
      <section className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-zinc-200">
        <h2 className="mb-3 font-semibold">Milestones reached</h2>
        <BarChart
          title="Share of accounts that reached each milestone"
          bars={analytics.milestones.map((row) => ({
            label: row.milestone,
            value: row.reached,
            total: row.accounts,
            note: row.medianDaysToReach === null ? undefined : `median ${row.medianDaysToReach} d after kickoff`,
          }))}
        />
      </section>
      <section className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-zinc-200">
        <h2 className="mb-1 font-semibold">Task funnel: where accounts drop off</h2>
        <p className="mb-3 text-sm text-zinc-600">
          Share of accounts that completed each task, with the median days from kickoff to completion.
        </p>
        <BarChart
          title="Task completion funnel"
          bars={analytics.steps.map((step) => ({
            label: `${step.milestone} · ${step.task}`,
            value: step.completed,
            total: step.accounts,
            note: step.medianDaysToComplete === null ? undefined : `median ${step.medianDaysToComplete} d`,
          }))}
        />
      </section>
      <section className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-zinc-200">
        <h2 className="mb-1 font-semibold">Time to first value by kickoff month</h2>
        <p className="mb-3 text-sm text-zinc-600">First value: the first milestone with required tasks is reached.</p>
        <table className="min-w-full text-sm">
          <thead className="text-left text-zinc-600">
            <tr>
              <th scope="col" className="py-1 pr-4">
                Kickoff month
              </th>
              <th scope="col" className="py-1 pr-4">
                Accounts
              </th>
              <th scope="col" className="py-1 pr-4">
                Reached first value
              </th>
              <th scope="col" className="py-1">
                Median days
              </th>
            </tr>
          </thead>
          <tbody>
            {analytics.timeToFirstValue.map((cohort) => (
              <tr key={cohort.cohort} className="border-t border-zinc-100">
                <td className="py-1 pr-4">{cohort.cohort}</td>
                <td className="py-1 pr-4">{cohort.accounts}</td>
                <td className="py-1 pr-4">
                  {cohort.reached} ({cohort.accounts === 0 ? 0 : Math.round((100 * cohort.reached) / cohort.accounts)}%)
                </td>
                <td className="py-1">{cohort.medianDays ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-zinc-200">
        <h2 className="mb-3 font-semibold">Check-in answers</h2>
        {offsets.length === 0 ? (
          <p className="text-sm text-zinc-600">No check-in answers yet.</p>
        ) : (
          <div className="space-y-4">
            {offsets.map((offset) => (
              <StackedBar
                key={offset}
                label={`Day ${offset}`}
                parts={(["ON_TRACK", "SOME_CONCERNS", "OFF_TRACK"] as const).map((answer) => ({
                  label: answerLabels[answer],
                  color: answerColors[answer],
                  value: analytics.checkInAnswers.find((row) => row.dayOffset === offset && row.answer === answer)?.count ?? 0,
                }))}
              />
            ))}
          </div>
        )}
      </section>
    </div>
  );
}
