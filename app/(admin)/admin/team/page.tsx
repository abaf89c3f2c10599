import type { Metadata } from "next";
import { InviteForm } from "@/components/invite-form";
import { guarded } from "@/app/_lib/guarded";
import { serverApi } from "@/server/trpc/server-caller";
import { TeamMemberActions } from "./team-member-actions";

export const metadata: Metadata = { title: "Team" };

export default async function TeamPage() {
  const api = await serverApi();
  const [team, pending, viewer] = await guarded(
    Promise.all([api.workspace.team(), api.invitations.listStaff(), api.viewer.me()]),
  );
  const isOwner = viewer.staff[0]?.role === "OWNER";
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-semibold">Team</h1>
      <section className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-zinc-200">
        <ul className="divide-y divide-zinc-100">
          {team.map((member) => (
            <li key={member.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                {member.user.name ?? member.user.email} <span className="text-zinc-500">· {member.user.email}</span>
              </span>
              <TeamMemberActions
                membershipId={member.id}
                role={member.role}
                label={member.user.name ?? member.user.email}
                viewerIsOwner={isOwner}
              />
            </li>
          ))}
          {pending.map((invitation) => (
            <li key={invitation.id} className="flex justify-between py-2 text-zinc-600">
              <span>{invitation.email}</span>
              <span className="text-sm">invited as {invitation.staffRole?.toLowerCase()}</span>
            </li>
          ))}
        </ul>
        <div className="mt-4">
          <InviteForm kind="staff" canInviteOwner={isOwner} />
        </div>
      </section>
    </div>
  );
}
