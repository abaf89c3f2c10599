"use client";

import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/components/trpc-provider";

// The CSM records where a goal stands (e.g. after a call); the update lands on the account's timeline.
export function GoalProgressForm({
  accountId,
  goalId,
  current,
  unit,
}: {
  accountId: string;
  goalId: string;
  current: number;
  unit: string | null;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [value, setValue] = useState(String(current));
  const update = useMutation(trpc.goals.updateForAccount.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <form
      className="mt-1 flex flex-wrap items-center gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate({ accountId, goalId, value: Number(value) });
      }}
    >
      <label className="text-xs text-zinc-600">
        Now at{" "}
        <input
          type="number"
          step="any"
          required
          value={value}
          onChange={(event) => setValue(event.target.value)}
          className="w-24 rounded-md border border-zinc-300 px-2 py-0.5 text-sm"
        />{" "}
        {unit ?? ""}
      </label>
      <button
        disabled={update.isPending}
        className="rounded-md border border-zinc-300 px-2 py-0.5 text-xs font-medium disabled:opacity-50"
      >
        {update.isPending ? "Saving…" : "Record progress"}
      </button>
      {update.error && (
        <span role="alert" className="text-xs text-red-700">
          {update.error.message}
        </span>
      )}
    </form>
  );
}
