import type { Metadata } from "next";
import { guarded } from "@/app/_lib/guarded";
import { serverApi } from "@/server/trpc/server-caller";

export const metadata: Metadata = { title: "Library" };

// What customers follow, for CSMs to read and link to (admins edit it in the studio).
export default async function LibraryPage() {
  const api = await serverApi();
  const [tutorials, templates] = await guarded(Promise.all([api.tutorials.list({ status: "PUBLISHED" }), api.templates.list()]));
  const published = templates.filter((template) => template.latestVersion);
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-semibold">Library</h1>
      <section aria-labelledby="tutorials-heading" className="space-y-2">
        <h2 id="tutorials-heading" className="font-semibold">
          Published tutorials ({tutorials.length})
        </h2>
        {tutorials.length === 0 ? (
          <p className="rounded-lg bg-white p-4 text-sm text-zinc-600 ring-1 ring-zinc-200">No published tutorials yet.</p>
        ) : (
          <ul className="divide-y divide-zinc-100 rounded-lg bg-white shadow-sm ring-1 ring-zinc-200">
            {tutorials.map((tutorial) => (
              <li key={tutorial.id} className="flex flex-wrap justify-between gap-2 px-4 py-2">
                <a className="font-medium text-indigo-700 underline" href={`/workspace/library/tutorials/${tutorial.id}`}>
                  {tutorial.title}
                </a>
                <span className="text-sm text-zinc-600">{tutorial.estimatedMinutes} min</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="templates-heading" className="space-y-2">
        <h2 id="templates-heading" className="font-semibold">
          Published checklist templates ({published.length})
        </h2>
        {published.length === 0 ? (
          <p className="rounded-lg bg-white p-4 text-sm text-zinc-600 ring-1 ring-zinc-200">No published templates yet.</p>
        ) : (
          <ul className="divide-y divide-zinc-100 rounded-lg bg-white shadow-sm ring-1 ring-zinc-200">
            {published.map((template) => (
              <li key={template.id} className="flex flex-wrap justify-between gap-2 px-4 py-2">
                <a className="font-medium text-indigo-700 underline" href={`/workspace/library/templates/${template.id}`}>
                  {template.name}
                </a>
                <span className="text-sm text-zinc-600">version {template.latestVersion?.version}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
