import type { Metadata } from "next";
import { serverApi } from "@/server/trpc/server-caller";
import { tryCall } from "@/app/_lib/try-call";
import { BrokenLinkPage, EmailedLinkPage } from "@/components/emailed-link-page";
import { confirmAnswer } from "../actions";

export const metadata: Metadata = { title: "Check-in", robots: { index: false } };

// Opening the link records nothing (mail scanners open links too): one click on "Confirm" does.
export default async function CheckInAnswerPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ error?: string }>;
}) {
  const { token } = await params;
  const { error } = await searchParams;
  const link = await tryCall((await serverApi()).checkIns.describeAnswer({ token }));
  if (!link.ok) {
    return <BrokenLinkPage message={link.message} />;
  }
  const info = link.value;
  return (
    <EmailedLinkPage>
      <p className="text-sm font-semibold" style={{ color: info.brandColor }}>
        {info.organizationName}
      </p>
      <h1 className="mt-1 text-xl font-semibold">
        Day {info.dayOffset} check-in for {info.accountName}
      </h1>
      {info.currentAnswer && <p className="mt-2 text-zinc-600">You answered earlier; confirming again changes your answer.</p>}
      {error && (
        <p className="mt-2 rounded bg-red-50 p-2 text-red-800" role="alert">
          {error}
        </p>
      )}
      <form action={confirmAnswer} className="mt-6 rounded-lg bg-white p-6 shadow-sm ring-1 ring-zinc-200">
        <input type="hidden" name="token" value={token} />
        <p>
          Your answer: <strong>{info.answerLabel}</strong>
        </p>
        <button
          type="submit"
          autoFocus
          className="mt-4 rounded-md bg-indigo-600 px-4 py-2 font-semibold text-white focus:outline-none focus:ring-2 focus:ring-indigo-400 focus:ring-offset-2"
        >
          Confirm “{info.answerLabel}”
        </button>
      </form>
    </EmailedLinkPage>
  );
}
