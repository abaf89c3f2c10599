import type { Metadata } from "next";
import { guarded } from "@/app/_lib/guarded";
import { emailStatuses, type EmailStatusName } from "@/lib/email-statuses";
import { serverApi } from "@/server/trpc/server-caller";
import { SendStatusPanel } from "./send-status-panel";

export const metadata: Metadata = { title: "Email log" };

type Status = EmailStatusName;
const tone: Record<Status, string> = {
  QUEUED: "bg-zinc-100 text-zinc-700",
  SENT: "bg-sky-50 text-sky-800",
  DELIVERY_DELAYED: "bg-amber-50 text-amber-800",
  DELIVERED: "bg-green-50 text-green-800",
  OPENED: "bg-green-50 text-green-800",
  BOUNCED: "bg-red-50 text-red-800",
  COMPLAINED: "bg-red-50 text-red-800",
  FAILED: "bg-red-50 text-red-800",
  SUPPRESSED: "bg-zinc-100 text-zinc-600",
};

// Recent sends of this organization with their delivery status (kept current by Resend's webhooks).
export default async function EmailLogPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const { status: raw } = await searchParams;
  const status = emailStatuses.find((value) => value === raw);
  const api = await serverApi();
  const [rows, sendStatus] = await Promise.all([guarded(api.emails.log({ status })), guarded(api.emails.sendStatus())]);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-xl font-semibold">Email log</h1>
        <a href="/admin/emails" className="text-sm text-indigo-700 underline">
          ← Templates
        </a>
      </div>
      <SendStatusPanel status={sendStatus} />
      <form method="get" className="flex items-end gap-2">
        <label className="flex flex-col text-sm">
          <span className="font-medium text-zinc-700">Status</span>
          <select name="status" defaultValue={status ?? ""} className="rounded-md border border-zinc-300 px-2 py-1">
            <option value="">All</option>
            {emailStatuses.map((value) => (
              <option key={value} value={value}>
                {value.toLowerCase()}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-semibold text-white">
          Filter
        </button>
      </form>
      {rows.length === 0 ? (
        <p className="rounded-lg bg-white p-6 text-zinc-600 ring-1 ring-zinc-200">
          No emails{status ? ` with status ${status.toLowerCase()}` : ""} yet.
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg bg-white ring-1 ring-zinc-200">
          <table className="w-full text-left text-sm">
            <thead className="bg-zinc-50 text-zinc-600">
              <tr>
                <th className="px-3 py-2">When (UTC)</th>
                <th className="px-3 py-2">To</th>
                <th className="px-3 py-2">Subject</th>
                <th className="px-3 py-2">Template</th>
                <th className="px-3 py-2">Status</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100">
              {rows.map((row) => (
                <tr key={row.id}>
                  <td className="whitespace-nowrap px-3 py-2">{row.createdAt.toISOString().replace("T", " ").slice(0, 16)}</td>
                  <td className="px-3 py-2">{row.toEmail}</td>
                  <td className="px-3 py-2">{row.subject}</td>
                  <td className="px-3 py-2">{row.template}</td>
                  <td className="px-3 py-2">
                    <span className={`rounded px-1.5 py-0.5 text-xs ${tone[row.status]}`}>
                      {row.status.toLowerCase().replace("_", " ")}
                    </span>
                    {row.error && <span className="block text-xs text-zinc-600">{row.error}</span>}
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
