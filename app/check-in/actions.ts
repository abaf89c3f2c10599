"use server";

import { redirect } from "next/navigation";
import { serverApi } from "@/server/trpc/server-caller";
import { tryCall } from "@/app/_lib/try-call";

// The one click that records the answer (a POST: link scanners that only GET record nothing).
export async function confirmAnswer(form: FormData) {
  const token = String(form.get("token") ?? "");
  const result = await tryCall((await serverApi()).checkIns.answer({ token }));
  if (!result.ok) redirect(`/check-in/${encodeURIComponent(token)}?error=${encodeURIComponent(result.message)}`);
  redirect(`/check-in/${encodeURIComponent(token)}/thanks`);
}

export type CommentState = { error: string | null; saved: boolean };

export async function saveComment(_previous: CommentState, form: FormData): Promise<CommentState> {
  const token = String(form.get("token") ?? "");
  const comment = String(form.get("comment") ?? "");
  const result = await tryCall((await serverApi()).checkIns.comment({ token, comment }));
  if (!result.ok) {
    return { error: result.message, saved: false };
  }
  return { error: null, saved: true };
}
