"use client";

import { useRef, useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { MarkdownView } from "@/components/markdown-view";
import { useTRPC } from "@/components/trpc-provider";
import { estimateReadingMinutes } from "@/lib/markdown/render-markdown";
import { videoEmbedUrl } from "@/lib/markdown/video-embeds";
import { ACCEPTED_IMAGE_TYPES, useImageUpload } from "../../_components/use-image-upload";
import { FormMessage, errorText, type Message } from "../../_components/form-message";
import { useUnsavedWarning } from "../../_components/use-unsaved-warning";

export type TutorialDraft = { title: string; summary: string; bodyMarkdown: string; estimatedMinutes: number };

const MAX_BODY_BYTES = 100 * 1024;
const inputClass = "w-full rounded-md border border-zinc-300 px-3 py-1.5";

// Markdown on the left, the customer's view on the right (the same renderer and styles they get).
export function TutorialEditor(props: {
  tutorialId?: string;
  initial: TutorialDraft;
  canPublish: boolean;
  imageHosts?: readonly string[];
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [draft, setDraft] = useState(props.initial);
  const [saved, setSaved] = useState(props.initial);
  // A new tutorial's time follows the reading estimate until the admin sets it by hand.
  const [minutesTouched, setMinutesTouched] = useState(Boolean(props.tutorialId));
  useUnsavedWarning(JSON.stringify(draft) !== JSON.stringify(saved));
  const [message, setMessage] = useState<Message>(null);
  const [videoUrl, setVideoUrl] = useState("");
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const { uploadFile, isUploading } = useImageUpload();
  const create = useMutation(trpc.tutorials.create.mutationOptions());
  const update = useMutation(trpc.tutorials.update.mutationOptions());
  const publish = useMutation(trpc.tutorials.publish.mutationOptions());
  const busy = create.isPending || update.isPending || publish.isPending;
  const bodyBytes = new TextEncoder().encode(draft.bodyMarkdown).length;
  const suggested = estimateReadingMinutes(draft.bodyMarkdown);

  const set = <K extends keyof TutorialDraft>(key: K, value: TutorialDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  // Inserts a block on its own line at the cursor, keeping the cursor after it.
  function insertBlock(block: string) {
    const area = bodyRef.current;
    const body = draft.bodyMarkdown;
    const at = area ? area.selectionStart : body.length;
    const before = body.slice(0, at);
    const after = body.slice(at);
    const text = `${before && !before.endsWith("\n") ? "\n" : ""}\n${block}\n\n`;
    const next = before + text + after.replace(/^\n+/, "");
    setDraft((d) => ({
      ...d,
      bodyMarkdown: next,
      estimatedMinutes: minutesTouched ? d.estimatedMinutes : estimateReadingMinutes(next),
    }));
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(before.length + text.length, before.length + text.length);
    });
  }

  function insertVideo() {
    const url = videoUrl.trim();
    if (!videoEmbedUrl(url)) {
      setMessage({ tone: "error", text: "Paste a YouTube, Vimeo or Loom link (https://…)." });
      return;
    }
    insertBlock(url);
    setVideoUrl("");
    setMessage(null);
  }

  async function insertImage(file: File | undefined) {
    if (!file) return;
    setMessage(null);
    try {
      const url = await uploadFile(file);
      const alt = file.name.replace(/\.[^.]+$/, "").replace(/[[\]]/g, "");
      insertBlock(`![${alt}](${url})`);
    } catch (error) {
      setMessage({ tone: "error", text: errorText(error, "The image could not be uploaded.") });
    }
  }

  const payload = () => ({ ...draft, summary: draft.summary || null });

  async function save(): Promise<string | null> {
    setMessage(null);
    try {
      if (props.tutorialId) {
        await update.mutateAsync({ tutorialId: props.tutorialId, ...payload() });
        setSaved(draft);
        setMessage({ tone: "ok", text: "Draft saved. Customers still see the last published version." });
        router.refresh();
        return props.tutorialId;
      }
      const { id } = await create.mutateAsync(payload());
      setSaved(draft);
      router.push(`/admin/tutorials/${id}`);
      return id;
    } catch (error) {
      setMessage({ tone: "error", text: errorText(error, "The tutorial could not be saved.") });
      return null;
    }
  }

  async function saveAndPublish() {
    const id = await save();
    if (!id) return;
    try {
      const { version } = await publish.mutateAsync({ tutorialId: id });
      setMessage({ tone: "ok", text: `Published as version ${version}. Customers now see it.` });
      router.refresh();
    } catch (error) {
      setMessage({ tone: "error", text: errorText(error, "The tutorial could not be published.") });
    }
  }

  return (
    <div className="space-y-4">
      <div className="grid gap-3 sm:grid-cols-[1fr_12rem]">
        <label className="block text-sm">
          <span className="font-medium text-zinc-700">Title</span>
          <input className={inputClass} value={draft.title} onChange={(e) => set("title", e.target.value)} maxLength={200} />
        </label>
        <label className="block text-sm">
          <span className="font-medium text-zinc-700">Estimated minutes</span>
          <input
            type="number"
            min={1}
            max={600}
            className={inputClass}
            value={Number.isNaN(draft.estimatedMinutes) ? "" : draft.estimatedMinutes}
            onChange={(e) => {
              setMinutesTouched(true);
              set("estimatedMinutes", e.target.valueAsNumber);
            }}
          />
          {suggested !== draft.estimatedMinutes && (
            <button
              type="button"
              className="mt-1 text-xs text-indigo-700 underline"
              onClick={() => set("estimatedMinutes", suggested)}
            >
              Use suggested {suggested} min
            </button>
          )}
        </label>
      </div>
      <label className="block text-sm">
        <span className="font-medium text-zinc-700">Summary (optional)</span>
        <input className={inputClass} value={draft.summary} onChange={(e) => set("summary", e.target.value)} maxLength={500} />
      </label>

      <div className="flex flex-wrap items-end gap-2 rounded-md bg-zinc-50 p-2 text-sm" role="toolbar" aria-label="Insert">
        <label className="flex flex-col">
          <span className="font-medium text-zinc-700">Video link (YouTube, Vimeo, Loom)</span>
          <input
            className="w-72 max-w-full rounded-md border border-zinc-300 px-2 py-1"
            value={videoUrl}
            onChange={(e) => setVideoUrl(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                insertVideo();
              }
            }}
            placeholder="https://www.youtube.com/watch?v=…"
          />
        </label>
        <button type="button" onClick={insertVideo} className="rounded-md border border-zinc-300 bg-white px-3 py-1 font-medium">
          Insert video
        </button>
        <label className="cursor-pointer rounded-md border border-zinc-300 bg-white px-3 py-1 font-medium focus-within:outline-2">
          {isUploading ? "Uploading…" : "Insert image"}
          <input
            type="file"
            accept={ACCEPTED_IMAGE_TYPES}
            className="sr-only"
            onChange={(e) => {
              void insertImage(e.target.files?.[0]);
              e.target.value = "";
            }}
          />
        </label>
        <span className="text-xs text-zinc-500">PNG, JPEG, GIF or WebP, up to 5 MB</span>
      </div>

      <div className="grid gap-4 lg:grid-cols-2">
        <label className="block text-sm">
          <span className="font-medium text-zinc-700">Content (Markdown)</span>
          <textarea
            ref={bodyRef}
            className={`${inputClass} h-[28rem] font-mono text-sm`}
            value={draft.bodyMarkdown}
            onChange={(e) => {
              const body = e.target.value;
              setDraft((d) => ({
                ...d,
                bodyMarkdown: body,
                estimatedMinutes: minutesTouched ? d.estimatedMinutes : estimateReadingMinutes(body),
              }));
            }}
            aria-describedby="body-size"
          />
          <span id="body-size" className={`text-xs ${bodyBytes > MAX_BODY_BYTES ? "text-red-700" : "text-zinc-500"}`}>
            {Math.ceil(bodyBytes / 1024)} KB of 100 KB
          </span>
        </label>
        <section aria-label="Preview" className="rounded-md border border-zinc-200 bg-white p-4">
          <p className="mb-2 text-xs font-semibold uppercase tracking-wide text-zinc-500">Preview: what customers see</p>
          <h2 className="text-xl font-bold">{draft.title || "Untitled tutorial"}</h2>
          <p className="text-sm text-zinc-600">{draft.estimatedMinutes || "?"} min</p>
          <div data-testid="tutorial-preview">
            <MarkdownView markdown={draft.bodyMarkdown} imageHosts={props.imageHosts} />
          </div>
        </section>
      </div>

      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          disabled={busy}
          onClick={() => void save()}
          className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-semibold disabled:opacity-60"
        >
          {props.tutorialId ? "Save draft" : "Create draft"}
        </button>
        {props.canPublish && (
          <button
            type="button"
            disabled={busy}
            onClick={() => void saveAndPublish()}
            className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60"
          >
            Save and publish
          </button>
        )}
        <FormMessage message={message} />
      </div>
    </div>
  );
}
