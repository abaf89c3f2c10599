import type { Metadata } from "next";
import { guarded } from "@/app/_lib/guarded";
import { serverApi } from "@/server/trpc/server-caller";

export const metadata: Metadata = { title: "Emails" };

// Every email template rendered with its preview props and this organization's branding, each in a
// sandboxed iframe (no scripts, no same-origin access), as a mail client would show it.
export default async function EmailTemplatesPage({ searchParams }: { searchParams: Promise<{ template?: string }> }) {
  const api = await serverApi();
  const templates = await guarded(api.emails.templates());
  const { template } = await searchParams;
  const selected = templates.find((entry) => entry.name === template) ?? templates[0];
  const preview = selected ? await guarded(api.emails.preview({ name: selected.name })) : null;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-xl font-semibold">Email templates</h1>
        <a href="/admin/emails/log" className="text-sm text-indigo-700 underline">
          Email log →
        </a>
      </div>
      <nav aria-label="Templates">
        <ul className="flex flex-wrap gap-2">
          {templates.map((entry) => (
            <li key={entry.name}>
              <a
                href={`/admin/emails?template=${entry.name}`}
                aria-current={entry.name === selected?.name ? "page" : undefined}
                className={`block rounded-md px-3 py-1.5 text-sm ring-1 ring-zinc-300 ${
                  entry.name === selected?.name ? "bg-indigo-600 text-white" : "bg-white text-zinc-800"
                }`}
              >
                {entry.name}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {preview && (
        <section className="space-y-3">
          <p className="text-zinc-700">{preview.description}</p>
          <p className="text-sm text-zinc-700">
            <span className="font-medium">Subject:</span> {preview.subject}
          </p>
          <iframe
            title={`Preview of the ${preview.name} email`}
            sandbox=""
            srcDoc={preview.html}
            className="h-[700px] w-full rounded-lg bg-white ring-1 ring-zinc-200"
          />
          <details>
            <summary className="cursor-pointer text-sm font-medium">Plain-text version</summary>
            <pre className="mt-2 whitespace-pre-wrap rounded-lg bg-white p-4 text-sm ring-1 ring-zinc-200">{preview.text}</pre>
          </details>
        </section>
      )}
    </div>
  );
}
