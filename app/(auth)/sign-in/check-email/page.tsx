import type { Metadata } from "next";
import { getEnv } from "@/server/env";

export const metadata: Metadata = { title: "Check your email" };

export default function CheckEmailPage() {
  const devTools = getEnv().devToolsEnabled;
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      <h1 className="text-2xl font-bold">Check your email</h1>
      <p className="mt-3 text-zinc-700">
        If that address belongs to an Onward user or has an invitation, a sign-in link is on its way. The link works once and
        expires in 10 minutes.
      </p>
      {devTools && (
        <p className="mt-4 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          Development: the email is in the{" "}
          <a className="font-semibold underline" href="/dev/outbox">
            dev outbox
          </a>
          .
        </p>
      )}
      <a className="mt-6 text-indigo-700 underline" href="/sign-in">
        Use a different address
      </a>
    </main>
  );
}
