"use client";

import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { MarkdownView } from "@/components/markdown-view";
import { useTRPC } from "@/components/trpc-provider";
import { FormMessage, errorText, type Message } from "../../_components/form-message";

type Version = {
  id: string;
  version: number;
  title: string;
  bodyMarkdown: string;
  estimatedMinutes: number;
  createdAt: Date;
  author: { name: string | null; email: string } | null;
};

// Every published version, newest first; one can be opened and copied back into the draft.
export function TutorialVersions({
  tutorialId,
  versions,
  imageHosts,
}: {
  tutorialId: string;
  versions: Version[];
  imageHosts: readonly string[];
}) {
  const trpc = useTRPC();
  const [open, setOpen] = useState<string | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const restore = useMutation(trpc.tutorials.restoreVersion.mutationOptions());

  async function restoreVersion(version: Version) {
    if (!window.confirm(`Replace the current draft with version ${version.version}?`)) return;
    try {
      await restore.mutateAsync({ tutorialId, versionId: version.id });
      setMessage({ tone: "ok", text: `Version ${version.version} copied into the draft. Publish to make it live.` });
      // The editor holds its own unsaved state; reload so it shows the restored draft.
      window.location.reload();
    } catch (error) {
      setMessage({ tone: "error", text: errorText(error, "The version could not be restored.") });
    }
  }

  if (versions.length === 0) return <p className="text-sm text-zinc-600">Not published yet: customers cannot see it.</p>;
  return (
    <div className="space-y-2">
      <FormMessage message={message} />
      <ul className="divide-y divide-zinc-100">
        {versions.map((version) => (
          <li key={version.id} className="py-2">
            <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
              <span>
                <strong>Version {version.version}</strong> · {version.author?.name ?? version.author?.email ?? "someone"} ·{" "}
                {version.createdAt.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC
              </span>
              <span className="flex gap-2">
                <button
                  type="button"
                  aria-expanded={open === version.id}
                  onClick={() => setOpen(open === version.id ? null : version.id)}
                  className="rounded-md border border-zinc-300 px-2 py-1"
                >
                  {open === version.id ? "Hide" : "View"}
                </button>
                <button
                  type="button"
                  disabled={restore.isPending}
                  onClick={() => void restoreVersion(version)}
                  className="rounded-md border border-zinc-300 px-2 py-1"
                >
                  Restore into draft
                </button>
              </span>
            </div>
            {open === version.id && (
              <div className="mt-2 rounded-md border border-zinc-200 p-3">
                <h3 className="font-bold">{version.title}</h3>
                <MarkdownView markdown={version.bodyMarkdown} imageHosts={imageHosts} />
              </div>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
