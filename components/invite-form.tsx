"use client";

import { useState, type FormEvent } from "react";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "./trpc-provider";

type Props = { kind: "staff"; canInviteOwner: boolean } | { kind: "account"; accountId: string };

// Invites a person by email: staff to the team, or a customer to one account.
export function InviteForm(props: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState(props.kind === "staff" ? "CSM" : "MEMBER");
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const inviteStaff = useMutation(trpc.invitations.inviteStaff.mutationOptions());
  const inviteMember = useMutation(trpc.invitations.inviteAccountMember.mutationOptions());
  const pending = inviteStaff.isPending || inviteMember.isPending;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    try {
      if (props.kind === "staff") await inviteStaff.mutateAsync({ email, role: role as "OWNER" | "ADMIN" | "CSM" });
      else await inviteMember.mutateAsync({ accountId: props.accountId, email, role: role as "CHAMPION" | "MEMBER" });
      setMessage({ tone: "ok", text: `Invitation sent to ${email}.` });
      setEmail("");
      router.refresh();
    } catch (error) {
      setMessage({ tone: "error", text: error instanceof Error ? error.message : "Could not send the invitation." });
    }
  }

  const roles = props.kind === "staff" ? ["CSM", "ADMIN", ...(props.canInviteOwner ? ["OWNER"] : [])] : ["MEMBER", "CHAMPION"];
  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-2" aria-label="Invite someone">
      <label className="flex flex-col text-sm">
        <span className="font-medium text-zinc-700">Email</span>
        <input
          type="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          className="rounded-md border border-zinc-300 px-3 py-1.5"
          placeholder="name@company.com"
        />
      </label>
      <label className="flex flex-col text-sm">
        <span className="font-medium text-zinc-700">Role</span>
        <select
          value={role}
          onChange={(event) => setRole(event.target.value)}
          className="rounded-md border border-zinc-300 px-2 py-1.5"
        >
          {roles.map((value) => (
            <option key={value} value={value}>
              {value.toLowerCase()}
            </option>
          ))}
        </select>
      </label>
      <button
        disabled={pending}
        className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60"
      >
        {pending ? "Sending…" : "Send invitation"}
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
