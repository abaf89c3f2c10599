import type { Metadata } from "next";
import { serverApi } from "@/server/trpc/server-caller";
import { tryCall } from "@/app/_lib/try-call";
import { BrokenLinkPage, EmailedLinkPage } from "@/components/emailed-link-page";
import { confirmAnswer } from "../../actions";
import { CommentForm } from "./comment-form";

export const metadata: Metadata = { title: "Thank you", robots: { index: false } };

export default async function CheckInThanksPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await tryCall((await serverApi()).checkIns.describeAnswer({ token }));
  if (!link.ok) {
    return <BrokenLinkPage message={link.message} />;
  }
  const info = link.value;
  // The page reports what the database holds: with no answer recorded (the page opened directly, or
  // the answer was never confirmed) it says so and offers the confirmation instead of thanking anyone.
  if (!info.currentAnswerLabel) {
    return (
      <EmailedLinkPage>
        <h1 className="text-xl font-semibold">Your answer is not recorded yet</h1>
        <form action={confirmAnswer} className="mt-6 rounded-lg bg-white p-6 shadow-sm ring-1 ring-zinc-200">
          <input type="hidden" name="token" value={token} />
          <button type="submit" className="rounded-md bg-indigo-600 px-4 py-2 font-semibold text-white">
            Confirm “{info.answerLabel}”
          </button>
        </form>
      </EmailedLinkPage>
    );
  }
  return (
    <EmailedLinkPage>
      <h1 className="text-xl font-semibold">Thank you: your answer is recorded</h1>
      <p className="mt-2 text-zinc-700">
        You told {info.organizationName} that {info.accountName} is <strong>{info.currentAnswerLabel.toLowerCase()}</strong>.
      </p>
      <CommentForm token={token} initialComment={info.comment ?? ""} />
    </EmailedLinkPage>
  );
}
