import type { Metadata } from "next";
import { InviteForm } from "@/components/invite-form";
import { AccountAlerts } from "@/components/check-ins/account-alerts";
import { CheckInsPanel } from "@/components/check-ins/check-ins-panel";
import { guarded } from "@/app/_lib/guarded";
import { serverApi } from "@/server/trpc/server-caller";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage({ params }: { params: Promise<{ accountId: string }> }) {
  const { accountId } = await params;
  const api = await serverApi();
  const [account, pending] = await guarded(
    Promise.all([api.workspace.accountMembers({ accountId }), api.invitations.listForAccount({ accountId })]),
  );
  return (
    <div className="space-y-6">
      <div>
        <a href="/workspace" className="text-sm text-indigo-700 underline">
          ← All accounts
        </a>
        <h1 className="mt-2 text-xl font-semibold">{account.name}</h1>
        <p className="text-zinc-600">Status: {account.status.toLowerCase()}</p>
      </div>
      <AccountAlerts accountId={account.id} />
      <section className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-zinc-200">
        <h2 className="font-semibold">People at {account.name}</h2>
        <ul className="mt-2 divide-y divide-zinc-100">
          {account.members.map((member) => (
            <li key={member.id} className="py-2">
              {member.user.name ?? member.user.email}{" "}
              <span className="text-zinc-500">
                · {member.user.email} · {member.role.toLowerCase()}
              </span>
            </li>
          ))}
          {pending.map((invitation) => (
            <li key={invitation.id} className="py-2 text-zinc-600">
              {invitation.email} <span className="rounded bg-amber-50 px-1.5 text-xs text-amber-800">invited</span>
            </li>
          ))}
          {account.members.length === 0 && pending.length === 0 && (
            <li className="py-2 text-zinc-600">Nobody yet: invite the champion below.</li>
          )}
        </ul>
        <div className="mt-4">
          <InviteForm kind="account" accountId={account.id} />
        </div>
      </section>
      <CheckInsPanel accountId={account.id} />
    </div>
  );
}
