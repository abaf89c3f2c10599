"use client";

import { useState, type FormEvent } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc-provider";
import { errorText } from "./types";

// "I'm stuck": sends a message to the account's CSM, about one task or in general.
export function HelpForm({ taskId, taskTitle, onDone }: { taskId?: string; taskTitle?: string; onDone?: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState("");
  const [result, setResult] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const ask = useMutation(
    trpc.help.ask.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.help.mine.queryKey() }),
    }),
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    setResult(null);
    try {
      await ask.mutateAsync({ taskId, message });
      setMessage("");
      setResult({
        tone: "ok",
        text: "Sent. Your customer success manager will get back to you; you can follow it under “Your questions”.",
      });
      onDone?.();
    } catch (error) {
      setResult({ tone: "error", text: errorText(error, "Your message could not be sent. Please try again.") });
    }
  }

  const id = `help-${taskId ?? "general"}`;
  return (
    <form
      onSubmit={submit}
      className="mt-2 space-y-2 rounded-md bg-amber-50 p-3"
      aria-label={taskTitle ? `Ask for help with ${taskTitle}` : "Ask for help"}
    >
      <label htmlFor={id} className="block text-sm font-medium text-zinc-800">
        What are you stuck on?
      </label>
      <textarea
        id={id}
        required
        maxLength={4000}
        rows={3}
        value={message}
        onChange={(event) => setMessage(event.target.value)}
        className="w-full rounded-md border border-zinc-300 px-3 py-2 text-sm"
        placeholder="Describe what you tried and where it went wrong"
      />
      <button
        disabled={ask.isPending}
        className="rounded-md bg-amber-600 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60"
      >
        {ask.isPending ? "Sending…" : "Send to my CSM"}
      </button>
      {result && (
        <p
          role={result.tone === "error" ? "alert" : "status"}
          className={`text-sm ${result.tone === "error" ? "text-red-700" : "text-green-800"}`}
        >
          {result.text}
        </p>
      )}
    </form>
  );
}
