"use client";

import { useState, type FormEvent } from "react";
import { helpRequestsChanged, portalApi } from "./portal-api";
import { errorText } from "./types";

// "I'm stuck": sends a message to the account's CSM, about one task or in general.
export function HelpForm({ taskId, taskTitle, onDone }: { taskId?: string; taskTitle?: string; onDone?: () => void }) {
  const [message, setMessage] = useState("");
  const [result, setResult] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const [sending, setSending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setResult(null);
    try {
      setSending(true);
      await portalApi.help.ask.mutate({ taskId, message });
      helpRequestsChanged();
      setMessage("");
      setResult({
        tone: "ok",
        text: "Sent. Your customer success manager will get back to you; you can follow it under “Your questions”.",
      });
      onDone?.();
    } catch (error) {
      setResult({ tone: "error", text: errorText(error, "Your message could not be sent. Please try again.") });
    } finally {
      setSending(false);
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
        disabled={sending}
        className="rounded-md bg-amber-600 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60"
      >
        {sending ? "Sending…" : "Send to my CSM"}
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
