"use client";

import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { FieldError } from "@/components/field-error";
import { useTRPC } from "@/components/trpc-provider";

type Props = {
  accountId: string;
  status: "ONBOARDING" | "LIVE" | "PAUSED" | "CHURNED";
  kickoffDate: string;
  csmMembershipId: string | null;
  staff: { membershipId: string; name: string }[];
};

const buttonClass =
  "rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-zinc-50 disabled:opacity-50";

// What a CSM can do to an account: nudge the customer, reassign, move the kickoff, pause, churn.
export function AccountActions(props: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const [nudgeText, setNudgeText] = useState("");
  const [kickoff, setKickoff] = useState(props.kickoffDate);
  const done = (text: string) => () => {
    setMessage({ tone: "ok", text });
    router.refresh();
  };
  const failed = (error: { message: string }) => setMessage({ tone: "error", text: error.message });
  const nudge = useMutation(
    trpc.account.nudge.mutationOptions({
      onSuccess: (r) => done(`Nudge sent to ${r.recipients} ${r.recipients === 1 ? "person" : "people"}.`)(),
      onError: failed,
    }),
  );
  const reassign = useMutation(trpc.account.reassignCsm.mutationOptions({ onSuccess: done("CSM changed."), onError: failed }));
  const changeKickoff = useMutation(
    trpc.account.changeKickoff.mutationOptions({
      onSuccess: done("Kickoff date moved; due dates and check-ins follow."),
      onError: failed,
    }),
  );
  const setStatus = useMutation(trpc.account.setStatus.mutationOptions({ onSuccess: done("Status updated."), onError: failed }));
  const { accountId } = props;

  return (
    <section aria-labelledby="actions-heading" className="space-y-3 rounded-lg bg-white p-5 shadow-sm ring-1 ring-zinc-200">
      <h2 id="actions-heading" className="font-semibold">
        Actions
      </h2>
      <form
        className="space-y-2"
        onSubmit={(event) => {
          event.preventDefault();
          nudge.mutate({ accountId, message: nudgeText || undefined });
        }}
      >
        <label htmlFor="nudge-message" className="block text-sm font-medium text-zinc-700">
          Nudge the customer (emails their next tasks)
        </label>
        <textarea
          id="nudge-message"
          value={nudgeText}
          onChange={(e) => setNudgeText(e.target.value)}
          maxLength={2000}
          rows={2}
          className="w-full rounded-md border border-zinc-300 px-2 py-1 text-sm"
          placeholder="Optional personal note"
        />
        <button className={buttonClass} disabled={nudge.isPending}>
          {nudge.isPending ? "Sending…" : "Send nudge"}
        </button>
      </form>
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col text-sm font-medium text-zinc-700">
          CSM
          <select
            value={props.csmMembershipId ?? ""}
            onChange={(event) => reassign.mutate({ accountId, csmMembershipId: event.target.value || null })}
            className="rounded-md border border-zinc-300 px-2 py-1.5 text-sm"
          >
            <option value="">Unassigned</option>
            {props.staff.map((member) => (
              <option key={member.membershipId} value={member.membershipId}>
                {member.name}
              </option>
            ))}
          </select>
        </label>
        <form
          className="flex items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            changeKickoff.mutate({ accountId, kickoffDate: kickoff });
          }}
        >
          <label className="flex flex-col text-sm font-medium text-zinc-700">
            Kickoff date
            <input
              type="date"
              required
              value={kickoff}
              onChange={(e) => setKickoff(e.target.value)}
              aria-describedby="kickoff-error"
              className="rounded-md border border-zinc-300 px-2 py-1 text-sm"
            />
            <FieldError error={changeKickoff.error} field="kickoffDate" id="kickoff-error" />
          </label>
          <button className={buttonClass} disabled={changeKickoff.isPending || kickoff === props.kickoffDate}>
            Move kickoff
          </button>
        </form>
      </div>
      <div className="flex flex-wrap gap-2">
        {props.status === "PAUSED" || props.status === "CHURNED" ? (
          <button
            className={buttonClass}
            onClick={() => setStatus.mutate({ accountId, status: "ONBOARDING" })}
            disabled={setStatus.isPending}
          >
            {props.status === "PAUSED" ? "Resume onboarding" : "Reopen account"}
          </button>
        ) : (
          <>
            {props.status === "ONBOARDING" && (
              <button
                className={buttonClass}
                onClick={() => setStatus.mutate({ accountId, status: "LIVE" })}
                disabled={setStatus.isPending}
              >
                Mark live
              </button>
            )}
            <button
              className={buttonClass}
              onClick={() => setStatus.mutate({ accountId, status: "PAUSED" })}
              disabled={setStatus.isPending}
            >
              Pause
            </button>
            <button
              className={`${buttonClass} text-red-700`}
              disabled={setStatus.isPending}
              onClick={() => {
                if (window.confirm("Mark this account as churned? Its scheduled check-ins are cancelled."))
                  setStatus.mutate({ accountId, status: "CHURNED" });
              }}
            >
              Mark churned
            </button>
          </>
        )}
      </div>
      {message && (
        <p
          role={message.tone === "error" ? "alert" : "status"}
          className={`text-sm ${message.tone === "error" ? "text-red-700" : "text-green-700"}`}
        >
          {message.text}
        </p>
      )}
    </section>
  );
}
