import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { serverApi } from "@/server/trpc/server-caller";
import { tryCall } from "@/app/_lib/try-call";
import { BrokenLinkPage, EmailedLinkPage } from "@/components/emailed-link-page";
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
  // the answer was never confirmed) it sends the person to the confirmation step instead of thanking them.
  if (!info.currentAnswerLabel) redirect(`/check-in/${encodeURIComponent(token)}`);
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
