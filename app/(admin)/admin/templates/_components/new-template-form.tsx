"use client";

import { useState, type FormEvent } from "react";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/components/trpc-provider";
import { FormMessage, errorText, type Message } from "../../_components/form-message";

// Starts a template with one milestone so the editor opens on something to fill in.
export function NewTemplateForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const [name, setName] = useState("");
  const [message, setMessage] = useState<Message>(null);
  const create = useMutation(trpc.templates.create.mutationOptions());

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    try {
      const { id } = await create.mutateAsync({
        name,
        description: null,
        milestones: [{ title: "Kickoff", description: null, tasks: [] }],
      });
      router.push(`/admin/templates/${id}`);
    } catch (error) {
      setMessage({ tone: "error", text: errorText(error, "The template could not be created.") });
    }
  }

  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-2 text-sm" aria-label="New template">
      <label className="flex flex-col">
        <span className="font-medium text-zinc-700">New template name</span>
        <input className="rounded-md border border-zinc-300 px-3 py-1.5" value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <button
        disabled={create.isPending}
        className="rounded-md bg-indigo-600 px-3 py-1.5 font-semibold text-white disabled:opacity-60"
      >
        Create template
      </button>
      <FormMessage message={message} />
    </form>
  );
}
