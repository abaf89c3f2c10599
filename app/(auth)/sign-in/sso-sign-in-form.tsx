"use client";

import { useActionState } from "react";
import { startSsoSignIn, type SsoSignInState } from "./sso-actions";

export function SsoSignInForm({ initialEmail }: { initialEmail: string }) {
  const [state, formAction, pending] = useActionState<SsoSignInState, FormData>(startSsoSignIn, {
    error: null,
    email: initialEmail,
  });
  return (
    <form action={formAction} className="space-y-4" noValidate aria-label="Sign in with SSO">
      <div>
        <label htmlFor="sso-email" className="block text-sm font-medium text-zinc-700">
          SSO email (your work address)
        </label>
        <input
          id="sso-email"
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={state.email}
          aria-invalid={state.error ? true : undefined}
          aria-describedby={state.error ? "sso-email-error" : undefined}
          className="mt-1 block w-full rounded-md border border-zinc-300 px-3 py-2 shadow-sm focus:border-indigo-500"
          placeholder="you@company.com"
        />
        {state.error && (
          <p id="sso-email-error" role="alert" className="mt-2 text-sm text-red-700">
            {state.error}
          </p>
        )}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md border border-indigo-600 px-4 py-2 font-semibold text-indigo-700 hover:bg-indigo-50 disabled:opacity-60"
      >
        {pending ? "Opening your identity provider…" : "Sign in with SSO"}
      </button>
    </form>
  );
}
