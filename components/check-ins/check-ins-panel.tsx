"use client";

import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../trpc-provider";
import { checkInAnswerLabels } from "@/lib/engagement/check-in-answers";

const stateStyles: Record<string, string> = {
  SCHEDULED: "bg-zinc-100 text-zinc-700",
  SENDING: "bg-sky-50 text-sky-800",
  SENT: "bg-sky-50 text-sky-800",
  ANSWERED: "bg-green-50 text-green-800",
  SKIPPED: "bg-zinc-100 text-zinc-500",
  FAILED: "bg-red-50 text-red-800",
  CANCELLED: "bg-zinc-100 text-zinc-500",
};
const answerStyles: Record<string, string> = {
  ON_TRACK: "text-green-800",
  SOME_CONCERNS: "text-amber-800",
  OFF_TRACK: "text-red-800",
};

const formatWhen = (value: Date | string) =>
  new Date(value).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";

// The account's 30/60/90-day check-ins: when each goes out, what happened, the customer's answer, and
// "send now" / "skip" for the ones not sent yet.
export function CheckInsPanel({ accountId }: { accountId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.checkIns.list.queryOptions({ accountId }));
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.checkIns.list.queryKey({ accountId }) });
  const sendNow = useMutation(trpc.checkIns.sendNow.mutationOptions());
  const skip = useMutation(trpc.checkIns.skip.mutationOptions());

  async function act(kind: "send" | "skip", checkInId: string, dayOffset: number) {
    setMessage(null);
    try {
      if (kind === "send") {
        const result = await sendNow.mutateAsync({ accountId, checkInId });
        setMessage(
          result.outcome === "SENT"
            ? { tone: "ok", text: `Day ${dayOffset} check-in sent to ${result.to}.` }
            : { tone: "error", text: `Day ${dayOffset} check-in was not sent: ${result.error ?? result.outcome.toLowerCase()}.` },
        );
      } else {
        await skip.mutateAsync({ accountId, checkInId });
        setMessage({ tone: "ok", text: `Day ${dayOffset} check-in skipped.` });
      }
    } catch (error) {
      setMessage({ tone: "error", text: error instanceof Error ? error.message : "That did not work." });
    }
    await refresh();
  }

  return (
    <section className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-zinc-200" aria-labelledby="check-ins-heading">
      <h2 id="check-ins-heading" className="font-semibold">
        Check-ins
      </h2>
      {message && (
        <p role="status" className={`mt-2 text-sm ${message.tone === "ok" ? "text-green-800" : "text-red-700"}`}>
          {message.text}
        </p>
      )}
      {list.isPending && <p className="mt-2 text-zinc-600">Loading check-ins…</p>}
      {list.isError && <p className="mt-2 text-red-700">Could not load the check-ins: {list.error.message}</p>}
      {list.data?.length === 0 && <p className="mt-2 text-zinc-600">No check-ins are scheduled for this account.</p>}
      <ul className="mt-2 divide-y divide-zinc-100">
        {list.data?.map((checkIn) => {
          const unsent = ["SCHEDULED", "FAILED", "SKIPPED", "CANCELLED"].includes(checkIn.status);
          return (
            <li key={checkIn.id} className="flex flex-wrap items-start justify-between gap-2 py-3" data-testid="check-in-row">
              <div className="min-w-0">
                <p className="font-medium">
                  Day {checkIn.dayOffset}{" "}
                  <span className={`ml-1 rounded px-1.5 py-0.5 text-xs ${stateStyles[checkIn.status] ?? ""}`}>
                    {checkIn.status.toLowerCase()}
                  </span>
                </p>
                <p className="text-sm text-zinc-600">
                  {checkIn.sentAt ? `Sent ${formatWhen(checkIn.sentAt)}` : `Scheduled for ${formatWhen(checkIn.scheduledFor)}`}
                </p>
                {checkIn.answer && (
                  <p className={`text-sm font-semibold ${answerStyles[checkIn.answer] ?? ""}`}>
                    Answer: {checkInAnswerLabels[checkIn.answer]}
                    {checkIn.answeredByEmail && <span className="font-normal text-zinc-600"> · {checkIn.answeredByEmail}</span>}
                  </p>
                )}
                {checkIn.comment && (
                  <blockquote className="mt-1 border-l-2 border-zinc-300 pl-2 text-sm">{checkIn.comment}</blockquote>
                )}
                {checkIn.lastError && checkIn.status !== "SENT" && checkIn.status !== "ANSWERED" && (
                  <p className="text-sm text-red-700">{checkIn.lastError}</p>
                )}
              </div>
              {unsent && (
                <div className="flex gap-2">
                  <button
                    type="button"
                    onClick={() => act("send", checkIn.id, checkIn.dayOffset)}
                    disabled={sendNow.isPending || skip.isPending}
                    className="rounded-md px-2 py-1 text-sm text-indigo-700 ring-1 ring-zinc-300 disabled:opacity-50"
                  >
                    Send day {checkIn.dayOffset} now
                  </button>
                  {checkIn.status !== "SKIPPED" && (
                    <button
                      type="button"
                      onClick={() => act("skip", checkIn.id, checkIn.dayOffset)}
                      disabled={sendNow.isPending || skip.isPending}
                      className="rounded-md px-2 py-1 text-sm text-zinc-700 ring-1 ring-zinc-300 disabled:opacity-50"
                    >
                      Skip
                    </button>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
