import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getEnv } from "@/server/env";
import { linksIn, readOutboxEmail } from "@/server/engagement";

export const metadata: Metadata = { title: "Dev outbox email" };
export const dynamic = "force-dynamic";

export default async function OutboxEmailPage({ params }: { params: Promise<{ emailId: string }> }) {
  if (!getEnv().devToolsEnabled) notFound();
  const email = await readOutboxEmail((await params).emailId);
  if (!email) notFound();
  const links = linksIn(email.html ?? "");
  return (
    <main className="mx-auto max-w-4xl px-4 py-8">
      <a href="/dev/outbox" className="text-sm text-indigo-700 underline">
        ← Outbox
      </a>
      <h1 className="mt-2 text-xl font-bold">{email.subject}</h1>
      <p className="text-sm text-zinc-600">
        to {email.toEmail} · {email.template} · {email.category}
      </p>
      {links.length > 0 && (
        <section className="mt-4 rounded-lg bg-white p-4 ring-1 ring-zinc-200">
          <h2 className="text-sm font-semibold">Links in this email</h2>
          <ul className="mt-1 space-y-1 text-sm">
            {links.map((link) => (
              <li key={link} className="break-all">
                <a href={link} className="text-indigo-700 underline" data-testid="outbox-link">
                  {link}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {/* The email is shown in a sandbox with no scripts, as a mail client would. */}
      <iframe
        title="Email preview"
        sandbox=""
        srcDoc={email.html ?? ""}
        className="mt-4 h-[600px] w-full rounded-lg bg-white ring-1 ring-zinc-200"
      />
      <details className="mt-4">
        <summary className="cursor-pointer text-sm font-medium">Plain-text version</summary>
        <pre className="mt-2 whitespace-pre-wrap rounded-lg bg-white p-4 text-sm ring-1 ring-zinc-200">{email.text}</pre>
      </details>
    </main>
  );
}
