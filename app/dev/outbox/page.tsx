import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getEnv } from "@/server/env";
import { listOutbox } from "@/server/engagement";
import { devToolsToken } from "@/server/security/dev-tools-guard";

export const metadata: Metadata = { title: "Dev outbox" };
export const dynamic = "force-dynamic";

export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ ran?: string }> }) {
  const { ran } = await searchParams;
  // The outbox holds live sign-in links: it exists only where dev tools are on.
  if (!getEnv().devToolsEnabled) notFound();
  const emails = await listOutbox();
  return (
    <main className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="text-2xl font-bold">Dev outbox</h1>
      <p className="mt-1 text-zinc-600">Emails sent while no RESEND_API_KEY is set. Newest first.</p>
      <form method="post" action="/dev/scheduler" className="mt-4 flex flex-wrap items-end gap-2">
        <input type="hidden" name="token" value={devToolsToken()} />
        <label className="flex flex-col text-sm">
          <span className="font-medium text-zinc-700">Run scheduler as of (ISO time, UTC)</span>
          <input
            name="now"
            required
            defaultValue={new Date().toISOString().slice(0, 16) + ":00Z"}
            className="rounded-md border border-zinc-300 px-2 py-1 font-mono"
          />
        </label>
        <button type="submit" className="rounded-md bg-indigo-600 px-3 py-1.5 font-semibold text-white">
          Run scheduler as of…
        </button>
      </form>
      {ran && (
        <p className="mt-2 text-sm text-green-800" role="status">
          {ran}
        </p>
      )}
      {emails.length === 0 ? (
        <p className="mt-6 rounded-lg bg-white p-6 text-zinc-600 ring-1 ring-zinc-200">
          No emails yet. Request a sign-in link to see one here.
        </p>
      ) : (
        <ul className="mt-6 divide-y divide-zinc-200 rounded-lg bg-white ring-1 ring-zinc-200">
          {emails.map((email) => (
            <li key={email.id}>
              <a href={`/dev/outbox/${email.id}`} className="block px-4 py-3 hover:bg-zinc-50" data-testid="outbox-item">
                <span className="font-medium">{email.subject}</span>
                <span className="block text-sm text-zinc-600">
                  to <span data-testid="outbox-to">{email.toEmail}</span> · {email.template} ·{" "}
                  {email.createdAt.toISOString().replace("T", " ").slice(0, 19)} UTC
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
