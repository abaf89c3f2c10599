"use client";

import { useState, type FormEvent } from "react";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/components/trpc-provider";
import { errorText } from "./types";

// The champion invites a colleague to the account (always as a member).
export function ColleagueInviteForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const invite = useMutation(trpc.accountTeam.invite.mutationOptions());

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    try {
      await invite.mutateAsync({ email });
      setMessage({ tone: "ok", text: `Invitation sent to ${email}.` });
      setEmail("");
      router.refresh();
    } catch (error) {
      setMessage({ tone: "error", text: errorText(error, "Could not send the invitation.") });
    }
  }

  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-2" aria-label="Invite a colleague">
      <label className="flex flex-col text-sm">
        <span className="font-medium text-zinc-700">Colleague&apos;s email</span>
        <input
          type="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          className="rounded-md border border-zinc-300 px-3 py-1.5"
          placeholder="name@company.com"
        />
      </label>
      <button
        disabled={invite.isPending}
        className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60"
      >
        {invite.isPending ? "Sending…" : "Send invitation"}
      </button>
      {message && (
        <p
          role={message.tone === "error" ? "alert" : "status"}
          className={`w-full text-sm ${message.tone === "error" ? "text-red-700" : "text-green-700"}`}
        >
          {message.text}
        </p>
      )}
    </form>
  );
}
