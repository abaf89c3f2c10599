import type { Metadata } from "next";
import { guarded } from "@/app/_lib/guarded";
import { serverApi } from "@/server/trpc/server-caller";

export const metadata: Metadata = { title: "Audit log" };

const summarize = (value: unknown) => (value === null || value === undefined ? "" : JSON.stringify(value));

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const page = Math.max(1, Math.min(10_000, Number.parseInt(params.page ?? "1", 10) || 1));
  const filter = { action: params.action || undefined, actorId: params.actor || undefined };
  const log = await guarded((await serverApi()).settings.audit({ ...filter, page }));
  const link = (target: number) => {
    const query = new URLSearchParams({
      ...(filter.action ? { action: filter.action } : {}),
      ...(filter.actorId ? { actor: filter.actorId } : {}),
      page: String(target),
    });
    return `/admin/audit?${query.toString()}`;
  };
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Audit log</h1>
      <form className="flex flex-wrap items-end gap-2 text-sm" aria-label="Filter the audit log">
        <label className="flex flex-col">
          <span className="font-medium text-zinc-700">Action</span>
          <select name="action" defaultValue={filter.action ?? ""} className="rounded-md border border-zinc-300 px-2 py-1.5">
            <option value="">All actions</option>
            {log.actions.map((action) => (
              <option key={action}>{action}</option>
            ))}
          </select>
        </label>
        <label className="flex flex-col">
          <span className="font-medium text-zinc-700">Who</span>
          <select name="actor" defaultValue={filter.actorId ?? ""} className="rounded-md border border-zinc-300 px-2 py-1.5">
            <option value="">Everyone</option>
            {log.actors.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.name ?? actor.email}
              </option>
            ))}
          </select>
        </label>
        <button className="rounded-md border border-zinc-300 px-3 py-1.5 font-medium">Filter</button>
      </form>
      {log.entries.length === 0 ? (
        <p className="rounded-lg bg-white p-6 text-zinc-600 ring-1 ring-zinc-200">No changes recorded for these filters.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-zinc-200">
          <table className="min-w-full text-sm">
            <thead className="bg-zinc-50 text-left text-zinc-600">
              <tr>
                <th scope="col" className="px-3 py-2">
                  When (UTC)
                </th>
                <th scope="col" className="px-3 py-2">
                  Who
                </th>
                <th scope="col" className="px-3 py-2">
                  What
                </th>
                <th scope="col" className="px-3 py-2">
                  Before
                </th>
                <th scope="col" className="px-3 py-2">
                  After
                </th>
              </tr>
            </thead>
            <tbody>
              {log.entries.map((entry) => (
                <tr key={entry.id} className="border-t border-zinc-100 align-top">
                  <td className="whitespace-nowrap px-3 py-2">{entry.createdAt.toISOString().slice(0, 16).replace("T", " ")}</td>
                  <td className="px-3 py-2">{entry.actor ? (entry.actor.name ?? entry.actor.email) : "System"}</td>
                  <td className="px-3 py-2">
                    <span className="font-medium">{entry.action}</span>
                    <span className="block text-xs text-zinc-500">{entry.targetType}</span>
                  </td>
                  <td className="max-w-xs break-words px-3 py-2 font-mono text-xs text-zinc-600">{summarize(entry.before)}</td>
                  <td className="max-w-xs break-words px-3 py-2 font-mono text-xs">{summarize(entry.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label="Pages" className="flex items-center gap-3 text-sm">
        {log.page > 1 && (
          <a className="text-indigo-700 underline" href={link(log.page - 1)}>
            ← Newer
          </a>
        )}
        <span>
          Page {log.page} of {log.pageCount} · {log.total} entries
        </span>
        {log.page < log.pageCount && (
          <a className="text-indigo-700 underline" href={link(log.page + 1)}>
            Older →
          </a>
        )}
      </nav>
    </div>
  );
}
