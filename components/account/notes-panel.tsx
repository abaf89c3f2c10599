"use client";

import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/components/trpc-provider";

type Note = { id: string; kind: string; body: string; createdAt: Date; author: { name: string | null; email: string } | null };

// Notes, calls and meetings: each one logged counts as the vendor reaching out.
export function NotesPanel({ accountId, notes }: { accountId: string; notes: Note[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [body, setBody] = useState("");
  const [kind, setKind] = useState<"NOTE" | "CALL" | "MEETING">("NOTE");
  const add = useMutation(
    trpc.account.addNote.mutationOptions({
      onSuccess: () => {
        setBody("");
        router.refresh();
      },
    }),
  );
  return (
    <section aria-labelledby="notes-heading" className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-zinc-200">
      <h2 id="notes-heading" className="font-semibold">
        Notes and calls
      </h2>
      <form
        className="mt-2 space-y-2"
        onSubmit={(event) => {
          event.preventDefault();
          add.mutate({ accountId, kind, body });
        }}
      >
        <label htmlFor="note-body" className="sr-only">
          Note
        </label>
        <textarea
          id="note-body"
          required
          maxLength={10000}
          rows={3}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          className="w-full rounded-md border border-zinc-300 px-2 py-1 text-sm"
          placeholder="What happened? What's next?"
        />
        <div className="flex items-center gap-2">
          <label className="sr-only" htmlFor="note-kind">
            Kind
          </label>
          <select
            id="note-kind"
            value={kind}
            onChange={(e) => setKind(e.target.value as typeof kind)}
            className="rounded-md border border-zinc-300 px-2 py-1 text-sm"
          >
            <option value="NOTE">Note</option>
            <option value="CALL">Call</option>
            <option value="MEETING">Meeting</option>
          </select>
          <button
            disabled={add.isPending}
            className="rounded-md bg-indigo-600 px-3 py-1 text-sm font-semibold text-white disabled:opacity-60"
          >
            {add.isPending ? "Saving…" : "Log it"}
          </button>
        </div>
        {add.error && (
          <p role="alert" className="text-sm text-red-700">
            {add.error.message}
          </p>
        )}
      </form>
      <ul className="mt-3 divide-y divide-zinc-100">
        {notes.map((note) => (
          <li key={note.id} className="py-2 text-sm">
            <p className="whitespace-pre-wrap">{note.body}</p>
            <p className="text-xs text-zinc-500">
              {note.kind.toLowerCase()} · {note.author?.name ?? note.author?.email ?? "Someone"} ·{" "}
              {new Date(note.createdAt).toISOString().slice(0, 16).replace("T", " ")} UTC
            </p>
          </li>
        ))}
        {notes.length === 0 && <li className="py-2 text-sm text-zinc-600">No notes yet.</li>}
      </ul>
    </section>
  );
}
