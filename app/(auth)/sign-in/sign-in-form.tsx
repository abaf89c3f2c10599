"use client";

import { useActionState } from "react";
import { requestMagicLink, type SignInState } from "./actions";

export function SignInForm({ initialEmail }: { initialEmail: string }) {
  const [state, formAction, pending] = useActionState<SignInState, FormData>(requestMagicLink, {
    error: null,
    email: initialEmail,
  });
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <div>
        <label htmlFor="email" className="block text-sm font-medium text-zinc-700">
          Work email
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={state.email}
          aria-invalid={state.error ? true : undefined}
          aria-describedby={state.error ? "email-error" : undefined}
          className="mt-1 block w-full rounded-md border border-zinc-300 px-3 py-2 shadow-sm focus:border-indigo-500"
          placeholder="you@company.com"
        />
        {state.error && (
          <p id="email-error" role="alert" className="mt-2 text-sm text-red-700">
            {state.error}
          </p>
        )}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-indigo-600 px-4 py-2 font-semibold text-white hover:bg-indigo-700 disabled:opacity-60"
      >
        {pending ? "Sending your link…" : "Email me a sign-in link"}
      </button>
    </form>
  );
}
