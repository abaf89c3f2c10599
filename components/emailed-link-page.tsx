import type { ReactNode } from "react";

// The frame of the pages people reach from a link in an email, without signing in (check-in answers,
// unsubscribe).
export function EmailedLinkPage({ children }: { children: ReactNode }) {
  return <main className="mx-auto max-w-lg px-4 py-12">{children}</main>;
}

// What such a page shows when its link is forged, tampered with or expired.
export function BrokenLinkPage({ message }: { message: string }) {
  return (
    <EmailedLinkPage>
      <h1 className="text-xl font-semibold">This link does not work</h1>
      <p className="mt-2 text-zinc-700" role="alert">
        {message}
      </p>
    </EmailedLinkPage>
  );
}
