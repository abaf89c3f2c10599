import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { auth } from "@/server/auth";
import { signOutAction } from "../sign-in/actions";

export const metadata: Metadata = { title: "Welcome" };

// Shown to a signed-in person who belongs to no organization or account (e.g. an invitation was revoked).
export default async function WelcomePage() {
  const session = await auth();
  if (!session?.user) redirect("/sign-in");
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      <h1 className="text-2xl font-bold">You are signed in as {session.user.email}</h1>
      <p className="mt-3 text-zinc-700">
        This address is not part of any team or customer account yet. Ask the person who invited you to send a new invitation,
        then sign in again.
      </p>
      <form action={signOutAction} className="mt-6">
        <button className="rounded-md border border-zinc-300 bg-white px-4 py-2 font-medium">Sign out</button>
      </form>
    </main>
  );
}
