import type { Metadata } from "next";
import { guarded } from "@/app/_lib/guarded";
import { AccountActions } from "@/components/account/account-actions";
import { GoalProgressForm } from "@/components/account/goal-progress-form";
import { HealthPanel } from "@/components/account/health-panel";
import { NotesPanel } from "@/components/account/notes-panel";
import { TimelinePanel } from "@/components/account/timeline-panel";
import { AlertList } from "@/components/alerts/alert-list";
import { CheckInsPanel } from "@/components/check-ins/check-ins-panel";
import { HelpRequestsPanel } from "@/components/help/help-requests-panel";
import { AccountPlanPanel } from "@/components/plan/account-plan-panel";
import { InviteForm } from "@/components/invite-form";
import { ProgressBar } from "@/components/progress-bar";
import { formatCalendarDate } from "@/lib/dates/calendar-date";
import { goalProgressPercent } from "@/lib/onboarding/goal-progress";
import { serverApi } from "@/server/trpc/server-caller";

export const metadata: Metadata = { title: "Account" };

// A stored date the page cannot format shows as "unknown date" instead of failing the page.
const date = (value: Date) => formatCalendarDate(value, "iso");

export default async function AccountPage({ params }: { params: Promise<{ accountId: string }> }) {
  const { accountId } = await params;
  const api = await serverApi();
  const [account, allGoals, health, alerts, notes, pending, options] = await guarded(
    Promise.all([
      api.account.overview({ accountId }),
      api.goals.listForAccount({ accountId }),
      api.account.health({ accountId }),
      api.account.alerts({ accountId }),
      api.account.notes({ accountId }),
      api.invitations.listForAccount({ accountId }),
      api.portfolio.formOptions(),
    ]),
  );
  const goals = allGoals
    .filter((goal) => goal.status !== "ABANDONED")
    .map((goal) => ({ ...goal, progressPercent: goalProgressPercent(goal) }));
  return (
    <div className="space-y-6">
      <div>
        <a href="/workspace" className="text-sm text-indigo-700 underline">
          ← Portfolio
        </a>
        <h1 className="mt-2 text-2xl font-semibold">{account.name}</h1>
        <p className="text-zinc-600">
          {account.status.toLowerCase()} · kickoff {date(account.kickoffDate)} ·{" "}
          {account.templateVersion
            ? `${account.templateVersion.template.name} v${account.templateVersion.version}`
            : "no template"}{" "}
          · CSM {account.csm?.user.name ?? account.csm?.user.email ?? "unassigned"}
        </p>
        <div className="mt-3 max-w-md">
          <p className="mb-1 text-sm font-medium">{account.progressPercent}% of the plan done</p>
          <ProgressBar value={account.progressPercent} label="Plan progress" />
        </div>
      </div>

      {alerts.length > 0 && (
        <section aria-labelledby="account-alerts" className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-red-200">
          <h2 id="account-alerts" className="font-semibold text-red-800">
            Needs attention
          </h2>
          <AlertList alerts={alerts} showAccount={false} />
        </section>
      )}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <section aria-labelledby="goals-heading" className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-zinc-200">
            <h2 id="goals-heading" className="font-semibold">
              Goals
            </h2>
            <ul className="mt-3 space-y-3">
              {goals.map((goal) => (
                <li key={goal.id} className="text-sm">
                  <div className="flex flex-wrap justify-between gap-2">
                    <span className="font-medium">{goal.title}</span>
                    <span className="text-zinc-600">
                      {goal.baseline} → {goal.current} → {goal.target} {goal.unit ?? ""} by {date(goal.targetDate)}
                    </span>
                  </div>
                  <ProgressBar value={goal.progressPercent} label={`${goal.title} progress`} size="sm" />
                  <p className="text-xs text-zinc-500">{goal.metric}</p>
                  {goal.status === "ACTIVE" && (
                    <GoalProgressForm accountId={account.id} goalId={goal.id} current={goal.current} unit={goal.unit} />
                  )}
                </li>
              ))}
              {goals.length === 0 && (
                <li className="text-sm text-zinc-600">The customer has not stated goals yet. Ask for them at kickoff.</li>
              )}
            </ul>
          </section>

          <CheckInsPanel accountId={account.id} />
          <HelpRequestsPanel accountId={account.id} />
          <AccountPlanPanel accountId={account.id} />
          <TimelinePanel accountId={account.id} />
        </div>

        <div className="space-y-6">
          <HealthPanel health={health} />
          <AccountActions
            accountId={account.id}
            status={account.status}
            kickoffDate={date(account.kickoffDate)}
            csmMembershipId={account.csm?.id ?? null}
            staff={options.staff.map((member) => ({ membershipId: member.membershipId, name: member.name }))}
          />
          <section aria-labelledby="people-heading" className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-zinc-200">
            <h2 id="people-heading" className="font-semibold">
              People at {account.name}
            </h2>
            <ul className="mt-2 divide-y divide-zinc-100 text-sm">
              {account.members.map((member) => (
                <li key={member.id} className="py-1.5">
                  {member.user.name ?? member.user.email} <span className="text-zinc-500">· {member.role.toLowerCase()}</span>
                  <span className="block text-xs text-zinc-500">{member.user.email}</span>
                  {member.user.emailBouncedAt && (
                    <span className="rounded bg-red-50 px-1 text-xs text-red-800">email bounced</span>
                  )}
                </li>
              ))}
              {pending.map((invitation) => (
                <li key={invitation.id} className="py-1.5 text-zinc-600">
                  {invitation.email} <span className="rounded bg-amber-50 px-1.5 text-xs text-amber-800">invited</span>
                </li>
              ))}
              {account.members.length === 0 && pending.length === 0 && (
                <li className="py-1.5 text-zinc-600">Nobody yet: invite the champion.</li>
              )}
            </ul>
            <div className="mt-3">
              <InviteForm kind="account" accountId={account.id} />
            </div>
          </section>
          <NotesPanel accountId={account.id} notes={notes} />
        </div>
      </div>
    </div>
  );
}
