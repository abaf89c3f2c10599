"use client";

import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/components/trpc-provider";
import { FormMessage, errorText, type Message } from "../_components/form-message";

type Role = "OWNER" | "ADMIN" | "CSM";

// Role change and removal for one person; the server enforces the owner rules, the UI explains them.
export function TeamMemberActions(props: { membershipId: string; role: Role; label: string; viewerIsOwner: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [message, setMessage] = useState<Message>(null);
  const changeRole = useMutation(trpc.settings.changeRole.mutationOptions());
  const remove = useMutation(trpc.settings.removeMember.mutationOptions());
  const locked = props.role === "OWNER" && !props.viewerIsOwner;
  const roles: Role[] = props.viewerIsOwner ? ["CSM", "ADMIN", "OWNER"] : ["CSM", "ADMIN"];

  async function run(action: () => Promise<unknown>, done: string) {
    setMessage(null);
    try {
      await action();
      setMessage({ tone: "ok", text: done });
      router.refresh();
    } catch (error) {
      setMessage({ tone: "error", text: errorText(error, "That change was not saved.") });
    }
  }

  if (locked) return <span className="text-sm text-zinc-600">owner</span>;
  return (
    <div className="flex flex-wrap items-center justify-end gap-2 text-sm">
      <label>
        <span className="sr-only">Role of {props.label}</span>
        <select
          className="rounded-md border border-zinc-300 px-2 py-1"
          value={props.role}
          disabled={changeRole.isPending}
          onChange={(e) => {
            const role = e.target.value as Role;
            void run(
              () => changeRole.mutateAsync({ membershipId: props.membershipId, role }),
              `${props.label} is now ${role.toLowerCase()}.`,
            );
          }}
        >
          {roles.map((role) => (
            <option key={role} value={role}>
              {role.toLowerCase()}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="rounded-md border border-red-300 px-2 py-1 text-red-700"
        disabled={remove.isPending}
        onClick={() => {
          if (!window.confirm(`Remove ${props.label}? They are signed out at once and their accounts become unassigned.`)) return;
          void run(() => remove.mutateAsync({ membershipId: props.membershipId }), `${props.label} was removed.`);
        }}
      >
        Remove
      </button>
      <FormMessage message={message} />
    </div>
  );
}
