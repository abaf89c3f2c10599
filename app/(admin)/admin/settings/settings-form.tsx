"use client";

import { useState, type FormEvent } from "react";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/components/trpc-provider";
import { FormMessage, errorText, type Message } from "../_components/form-message";
import { ACCEPTED_IMAGE_TYPES, useImageUpload } from "../_components/use-image-upload";

export type Settings = {
  name: string;
  logoUrl: string | null;
  brandColor: string;
  checkInOffsets: number[];
  sendHour: number;
  senderName: string | null;
  replyToEmail: string | null;
  csmsSeeOnlyOwnAccounts: boolean;
  tutorialImageHosts: string[];
};

const field = "rounded-md border border-zinc-300 px-3 py-1.5";

export function SettingsForm({ initial }: { initial: Settings }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [settings, setSettings] = useState(initial);
  const [offsetsText, setOffsetsText] = useState(initial.checkInOffsets.join(", "));
  const [hostsText, setHostsText] = useState(initial.tutorialImageHosts.join("\n"));
  const [message, setMessage] = useState<Message>(null);
  const { uploadFile, isUploading } = useImageUpload();
  const update = useMutation(trpc.settings.update.mutationOptions());
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => setSettings((s) => ({ ...s, [key]: value }));

  async function uploadLogo(file: File | undefined) {
    if (!file) return;
    setMessage(null);
    try {
      set("logoUrl", await uploadFile(file));
    } catch (error) {
      setMessage({ tone: "error", text: errorText(error, "The logo could not be uploaded.") });
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const parts = offsetsText.split(/[\s,]+/).filter(Boolean);
    const offsets = parts.map(Number);
    if (offsets.some((day) => !Number.isInteger(day))) {
      setMessage({ tone: "error", text: "Check-in days must be whole numbers, separated by commas." });
      return;
    }
    try {
      const tutorialImageHosts = hostsText.split(/[\s,]+/).filter(Boolean);
      const saved = await update.mutateAsync({ ...settings, checkInOffsets: offsets, tutorialImageHosts });
      setOffsetsText(saved.checkInOffsets.join(", "));
      setHostsText(saved.tutorialImageHosts.join("\n"));
      setMessage({ tone: "ok", text: "Settings saved." });
      router.refresh();
    } catch (error) {
      setMessage({ tone: "error", text: errorText(error, "The settings could not be saved.") });
    }
  }

  return (
    <form onSubmit={submit} className="space-y-6" aria-label="Organization settings">
      <fieldset className="space-y-3">
        <legend className="font-semibold">Branding</legend>
        <label className="flex flex-col text-sm">
          <span className="font-medium text-zinc-700">Organization name</span>
          <input className={field} value={settings.name} onChange={(e) => set("name", e.target.value)} />
        </label>
        <div className="flex flex-wrap items-end gap-3 text-sm">
          <div className="flex flex-col">
            <label htmlFor="brand-color" className="font-medium text-zinc-700">
              Brand colour (hex)
            </label>
            <span className="flex items-center gap-2">
              <input
                type="color"
                aria-label="Pick the brand colour"
                value={/^#[0-9a-f]{6}$/i.test(settings.brandColor) ? settings.brandColor : "#000000"}
                onChange={(e) => set("brandColor", e.target.value)}
              />
              <input
                id="brand-color"
                className={`${field} w-32`}
                value={settings.brandColor}
                onChange={(e) => set("brandColor", e.target.value)}
              />
            </span>
          </div>
          <div className="flex items-center gap-2">
            {settings.logoUrl ? (
              <img src={settings.logoUrl} alt="Current logo" className="h-10 max-w-40 object-contain" />
            ) : (
              <span className="text-zinc-500">No logo</span>
            )}
            <label className="cursor-pointer rounded-md border border-zinc-300 px-3 py-1.5 font-medium focus-within:outline-2">
              {isUploading ? "Uploading…" : "Upload logo"}
              <input
                type="file"
                accept={ACCEPTED_IMAGE_TYPES}
                className="sr-only"
                onChange={(e) => void uploadLogo(e.target.files?.[0])}
              />
            </label>
            {settings.logoUrl && (
              <button type="button" className="text-red-700 underline" onClick={() => set("logoUrl", null)}>
                Remove logo
              </button>
            )}
          </div>
        </div>
        <p className="rounded-md p-2 text-sm text-white" style={{ background: settings.brandColor }}>
          Customers see this colour in their portal and emails.
        </p>
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="font-semibold">Check-ins</legend>
        <label className="flex flex-col text-sm">
          <span className="font-medium text-zinc-700">Days after kickoff (comma-separated, up to 10)</span>
          <input
            className={field}
            value={offsetsText}
            onChange={(e) => setOffsetsText(e.target.value)}
            aria-describedby="offsets-help"
          />
          <span id="offsets-help" className="text-xs text-zinc-500">
            Applies to accounts created from now on; existing accounts keep their scheduled check-ins.
          </span>
        </label>
        <label className="flex flex-col text-sm">
          <span className="font-medium text-zinc-700">Send hour (in each account&apos;s time zone)</span>
          <select className={`${field} w-32`} value={settings.sendHour} onChange={(e) => set("sendHour", Number(e.target.value))}>
            {Array.from({ length: 24 }, (_, hour) => (
              <option key={hour} value={hour}>
                {String(hour).padStart(2, "0")}:00
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="font-semibold">Emails</legend>
        <label className="flex flex-col text-sm">
          <span className="font-medium text-zinc-700">Sender name</span>
          <input className={field} value={settings.senderName ?? ""} onChange={(e) => set("senderName", e.target.value)} />
        </label>
        <label className="flex flex-col text-sm">
          <span className="font-medium text-zinc-700">Reply-to address</span>
          <input
            className={field}
            type="email"
            value={settings.replyToEmail ?? ""}
            onChange={(e) => set("replyToEmail", e.target.value)}
          />
        </label>
      </fieldset>
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="font-semibold">Access and content</legend>
        <label className="flex items-start gap-2 text-sm sm:col-span-2">
          <input
            type="checkbox"
            checked={settings.csmsSeeOnlyOwnAccounts}
            onChange={(e) => set("csmsSeeOnlyOwnAccounts", e.target.checked)}
            className="mt-1"
          />
          <span>
            <span className="font-medium text-zinc-700">CSMs see only their own accounts</span>
            <span className="block text-zinc-600">
              Off: every CSM may act on every account (teams cover for each other). Admins and owners always see all.
            </span>
          </span>
        </label>
        <label className="flex flex-col text-sm sm:col-span-2">
          <span className="font-medium text-zinc-700">Hosts tutorial images may load from (one per line)</span>
          <span className="text-zinc-600">
            Images you upload always show; other images show only from these hosts, over https.
          </span>
          <textarea
            className={field}
            rows={3}
            value={hostsText}
            onChange={(e) => setHostsText(e.target.value)}
            placeholder="images.example.com"
          />
        </label>
      </fieldset>
      <div className="flex items-center gap-3">
        <button
          disabled={update.isPending}
          className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60"
        >
          Save settings
        </button>
        <FormMessage message={message} />
      </div>
    </form>
  );
}
