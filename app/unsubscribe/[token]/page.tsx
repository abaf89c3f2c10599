import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { serverApi } from "@/server/trpc/server-caller";
import { tryCall } from "@/app/_lib/try-call";
import { BrokenLinkPage, EmailedLinkPage } from "@/components/emailed-link-page";

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } };

async function unsubscribeAction(form: FormData) {
  "use server";
  const token = String(form.get("token") ?? "");
  const scope = form.get("scope") === "all" ? "all" : "topic";
  await tryCall((await serverApi()).emails.unsubscribe({ token, scope }));
  redirect(`/unsubscribe/${encodeURIComponent(token)}`);
}

// Opening the page changes nothing; a button (POST) unsubscribes. Mail clients use the one-click
// List-Unsubscribe URL (/api/unsubscribe/<token>) instead.
export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const result = await tryCall((await serverApi()).emails.describeUnsubscribe({ token }));
  if (!result.ok) {
    return <BrokenLinkPage message={result.message} />;
  }
  const info = result.value;
  return (
    <EmailedLinkPage>
      <h1 className="text-xl font-semibold">Email preferences for {info.email}</h1>
      {info.unsubscribedAll ? (
        <p className="mt-3 text-zinc-700" role="status">
          You are unsubscribed from all non-essential email. Sign-in links and invitations still arrive.
        </p>
      ) : (
        <>
          {info.unsubscribedFromTopic ? (
            <p className="mt-3 text-zinc-700" role="status">
              You are unsubscribed from {info.topicLabel}.
            </p>
          ) : (
            <form action={unsubscribeAction} className="mt-4">
              <input type="hidden" name="token" value={token} />
              <input type="hidden" name="scope" value="topic" />
              <button type="submit" className="rounded-md bg-indigo-600 px-4 py-2 font-semibold text-white">
                Unsubscribe from {info.topicLabel}
              </button>
            </form>
          )}
          <form action={unsubscribeAction} className="mt-3">
            <input type="hidden" name="token" value={token} />
            <input type="hidden" name="scope" value="all" />
            <button type="submit" className="rounded-md px-4 py-2 text-indigo-700 underline ring-1 ring-zinc-300">
              Unsubscribe from all non-essential email
            </button>
          </form>
        </>
      )}
    </EmailedLinkPage>
  );
}
