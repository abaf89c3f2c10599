import type { Metadata } from "next";
import { ColleagueInviteForm } from "@/components/portal/colleague-invite-form";
import { guarded } from "@/app/_lib/guarded";
import { serverApi } from "@/server/trpc/server-caller";

export const metadata: Metadata = { title: "Team" };

export default async function TeamPage() {
  const team = await guarded((await serverApi()).accountTeam.list());
  return (
    <div className="space-y-6">
      <section className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-zinc-200 sm:p-6">
        <h1 className="text-xl font-semibold">Your team</h1>
        <p className="mt-1 text-zinc-600">
          The people on your side of the onboarding.{" "}
          {team.role === "CHAMPION" ? "Invite colleagues, then assign them tasks from your plan." : ""}
        </p>
        <ul className="mt-3 divide-y divide-zinc-100">
          {team.members.map((member) => (
            <li key={member.id} className="flex flex-wrap justify-between gap-2 py-2">
              <span>
                {member.user.name ?? member.user.email} <span className="text-zinc-500">· {member.user.email}</span>
              </span>
              <span className="text-sm text-zinc-600">
                {member.role === "CHAMPION" ? "champion" : "member"} · {member.openTasks} open task
                {member.openTasks === 1 ? "" : "s"}
              </span>
            </li>
          ))}
          {team.invitations.map((invitation) => (
            <li key={invitation.id} className="py-2 text-zinc-600">
              {invitation.email} <span className="rounded bg-amber-50 px-1.5 text-xs text-amber-800">invited</span>
            </li>
          ))}
        </ul>
      </section>
      {team.role === "CHAMPION" ? (
        <section className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-zinc-200 sm:p-6">
          <h2 className="font-semibold">Invite a colleague</h2>
          <p className="mb-2 text-sm text-zinc-600">They get an email and sign in with their address; no password needed.</p>
          <ColleagueInviteForm />
        </section>
      ) : (
        <p className="text-sm text-zinc-600">Need someone else on board? Ask your champion to invite them.</p>
      )}
    </div>
  );
}
