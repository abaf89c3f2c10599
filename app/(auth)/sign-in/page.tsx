import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { auth } from "@/server/auth";
import { getEnv } from "@/server/env";
import { listDemoSignIns } from "@/server/platform/demo";
import { SignInForm } from "./sign-in-form";
import { SsoSignInForm } from "./sso-sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ email?: string }> }) {
  if ((await auth())?.user) redirect("/");
  const { email } = await searchParams;
  const demo = getEnv().devToolsEnabled ? await listDemoSignIns() : [];
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      <h1 className="text-2xl font-bold">Sign in to Onward</h1>
      <p className="mt-2 text-zinc-600">We will email you a link that signs you in. No password needed.</p>
      <div className="mt-6 rounded-lg bg-white p-6 shadow-sm ring-1 ring-zinc-200">
        <SignInForm initialEmail={typeof email === "string" ? email : ""} />
      </div>
      <div className="mt-4 rounded-lg bg-white p-6 shadow-sm ring-1 ring-zinc-200">
        <SsoSignInForm initialEmail="" />
      </div>
      {demo.length > 0 && (
        <section
          aria-labelledby="demo-heading"
          className="mt-8 rounded-lg border border-dashed border-amber-400 bg-amber-50 p-4 text-sm"
        >
          <h2 id="demo-heading" className="font-semibold text-amber-900">
            Demo accounts (development only)
          </h2>
          <p className="mt-1 text-amber-900">
            Sign in as any of these, then open the{" "}
            <a className="underline" href="/dev/outbox">
              dev outbox
            </a>{" "}
            for the link.
          </p>
          <ul className="mt-2 space-y-1">
            {demo.map((person) => (
              <li key={person.email}>
                <a className="font-mono text-amber-950 underline" href={`/sign-in?email=${encodeURIComponent(person.email)}`}>
                  {person.email}
                </a>{" "}
                <span className="text-amber-800">— {person.label}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
