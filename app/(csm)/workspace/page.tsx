import type { Metadata } from "next";
import { ProgressBar } from "@/components/progress-bar";
import { guarded } from "@/app/_lib/guarded";
import { serverApi } from "@/server/trpc/server-caller";

export const metadata: Metadata = { title: "Accounts" };

export default async function WorkspaceHomePage() {
  const overview = await guarded((await serverApi()).workspace.overview());
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Accounts ({overview.accounts.length})</h1>
      {overview.accounts.length === 0 ? (
        <p className="rounded-lg bg-white p-6 text-zinc-600 ring-1 ring-zinc-200">
          No customer accounts yet. When an account is created, its onboarding progress shows here.
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-zinc-200">
          <table className="min-w-full text-sm">
            <thead className="bg-zinc-50 text-left text-zinc-600">
              <tr>
                <th scope="col" className="px-4 py-2">
                  Account
                </th>
                <th scope="col" className="px-4 py-2">
                  Status
                </th>
                <th scope="col" className="px-4 py-2">
                  CSM
                </th>
                <th scope="col" className="w-48 px-4 py-2">
                  Progress
                </th>
              </tr>
            </thead>
            <tbody>
              {overview.accounts.map((account) => (
                <tr key={account.id} className="border-t border-zinc-100">
                  <td className="px-4 py-2">
                    <a className="font-medium text-indigo-700 underline" href={`/workspace/accounts/${account.id}`}>
                      {account.name}
                    </a>
                    {account.isMine && <span className="ml-2 rounded bg-indigo-50 px-1.5 text-xs text-indigo-700">mine</span>}
                  </td>
                  <td className="px-4 py-2">{account.status.toLowerCase()}</td>
                  <td className="px-4 py-2">{account.csm?.name ?? account.csm?.email ?? "Unassigned"}</td>
                  <td className="px-4 py-2">
                    <span className="text-xs text-zinc-600">{account.percent}%</span>
                    <ProgressBar value={account.percent} label={`${account.name} progress`} size="sm" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
