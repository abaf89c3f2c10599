import type { Metadata } from "next";
import { guarded } from "@/app/_lib/guarded";
import { serverApi } from "@/server/trpc/server-caller";

export const metadata: Metadata = { title: "Tutorials" };

const statuses = ["DRAFT", "PUBLISHED", "ARCHIVED"] as const;

export default async function TutorialsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const search = params.search?.slice(0, 200) || undefined;
  const status = statuses.find((value) => value === params.status);
  const tutorials = await guarded((await serverApi()).tutorials.list({ search, status }));
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-xl font-semibold">Tutorials</h1>
        <a href="/admin/tutorials/new" className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-semibold text-white">
          New tutorial
        </a>
      </div>
      <form className="flex flex-wrap items-end gap-2 text-sm" role="search">
        <label className="flex flex-col">
          <span className="font-medium text-zinc-700">Search titles</span>
          <input name="search" defaultValue={search} className="rounded-md border border-zinc-300 px-3 py-1.5" />
        </label>
        <label className="flex flex-col">
          <span className="font-medium text-zinc-700">Status</span>
          <select name="status" defaultValue={status ?? ""} className="rounded-md border border-zinc-300 px-2 py-1.5">
            <option value="">All</option>
            {statuses.map((value) => (
              <option key={value} value={value}>
                {value.toLowerCase()}
              </option>
            ))}
          </select>
        </label>
        <button className="rounded-md border border-zinc-300 px-3 py-1.5 font-medium">Filter</button>
      </form>
      {tutorials.length === 0 ? (
        <p className="rounded-lg bg-white p-6 text-zinc-600 ring-1 ring-zinc-200">
          {search || status
            ? "No tutorials match these filters."
            : "No tutorials yet. Write the first one customers will follow."}
        </p>
      ) : (
        <ul className="divide-y divide-zinc-100 rounded-lg bg-white shadow-sm ring-1 ring-zinc-200">
          {tutorials.map((tutorial) => (
            <li key={tutorial.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
              <div>
                <a href={`/admin/tutorials/${tutorial.id}`} className="font-medium text-indigo-700 underline">
                  {tutorial.title}
                </a>
                {tutorial.summary && <p className="text-sm text-zinc-600">{tutorial.summary}</p>}
              </div>
              <span className="text-sm text-zinc-600">
                {tutorial.status.toLowerCase()}
                {tutorial.latestVersion ? ` · v${tutorial.latestVersion.version}` : ""} · {tutorial.estimatedMinutes} min
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
