"use client";

import { useActionState } from "react";
import { saveComment, type CommentState } from "../../actions";

export function CommentForm({ token, initialComment }: { token: string; initialComment: string }) {
  const [state, action, pending] = useActionState<CommentState, FormData>(saveComment, { error: null, saved: false });
  return (
    <form action={action} className="mt-6 rounded-lg bg-white p-6 shadow-sm ring-1 ring-zinc-200">
      <input type="hidden" name="token" value={token} />
      <label htmlFor="comment" className="block font-medium">
        Anything you would like to add? (optional)
      </label>
      <textarea
        id="comment"
        name="comment"
        rows={4}
        defaultValue={initialComment}
        className="mt-2 w-full rounded-md border border-zinc-300 p-2 focus:outline-none focus:ring-2 focus:ring-indigo-400"
      />
      {state.error && (
        <p className="mt-2 text-red-700" role="alert">
          {state.error}
        </p>
      )}
      {state.saved && (
        <p className="mt-2 text-green-700" role="status">
          Comment sent. Your customer success manager will see it.
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="mt-3 rounded-md bg-indigo-600 px-4 py-2 font-semibold text-white disabled:opacity-60"
      >
        {pending ? "Sending…" : "Send comment"}
      </button>
    </form>
  );
}
