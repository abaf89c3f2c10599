import type { Metadata } from "next";

export const metadata: Metadata = { title: "Single sign-on refused" };

const messages: Record<string, string> = {
  "sso-required":
    "Your organization requires staff to sign in with single sign-on (SSO). Use “Sign in with SSO” with your work email.",
  domain: "Your organization's identity provider signed you in with an address outside the email domains it may sign in here.",
  "unverified-email": "Your identity provider did not confirm that your email address is verified, so we cannot sign you in.",
  "other-organization":
    "This address already belongs to another organization or customer account here, so it cannot sign in through this organization's SSO. Use the email link.",
  issuer:
    "Your organization's identity provider could not be reached, or it answers as a different issuer than the one configured here. Ask your Onward owner to check the SSO issuer URL.",
  token: "The sign-in answer from your identity provider could not be verified. Please try again or ask your administrator.",
  unavailable: "Single sign-on is not available for your organization right now. Use the email link instead.",
};

export default async function SsoRefusedPage({ searchParams }: { searchParams: Promise<{ reason?: string }> }) {
  const { reason } = await searchParams;
  const message = (reason && messages[reason]) ?? messages.unavailable;
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      <h1 className="text-2xl font-bold">We could not sign you in</h1>
      <p role="alert" className="mt-3 text-zinc-700">
        {message}
      </p>
      <a className="mt-6 inline-block rounded-md bg-indigo-600 px-4 py-2 text-center font-semibold text-white" href="/sign-in">
        Back to sign-in
      </a>
    </main>
  );
}
