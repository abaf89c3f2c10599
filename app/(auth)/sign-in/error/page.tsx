import type { Metadata } from "next";

export const metadata: Metadata = { title: "Sign-in problem" };

const messages: Record<string, string> = {
  Verification: "This sign-in link has expired or was already used. Links work once and for 10 minutes.",
  AccessDenied: "This address cannot sign in here.",
  Configuration: "Sign-in is not configured correctly on this server. Please tell your administrator.",
};

export default async function SignInErrorPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  const message = (error && messages[error]) ?? "Something went wrong while signing you in.";
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      <h1 className="text-2xl font-bold">We could not sign you in</h1>
      <p role="alert" className="mt-3 text-zinc-700">
        {message}
      </p>
      <a className="mt-6 inline-block rounded-md bg-indigo-600 px-4 py-2 text-center font-semibold text-white" href="/sign-in">
        Request a new link
      </a>
    </main>
  );
}
