import type { ReactNode } from "react";
import { signOutAction } from "@/app/(auth)/sign-in/actions";

export type NavItem = { href: string; label: string };

// The frame around every signed-in page: who you are, where you are, where you can go.
export function AppShell(props: {
  title: string;
  subtitle: string;
  brandColor: string;
  nav: NavItem[];
  person: { name: string | null; email: string };
  children: ReactNode;
}) {
  return (
    <div style={{ ["--brand-color" as string]: props.brandColor }} className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        Skip to content
      </a>
      <header className="border-b border-zinc-200 bg-white" style={{ borderTop: `4px solid ${props.brandColor}` }}>
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div>
            <p className="text-lg font-bold leading-tight">{props.title}</p>
            <p className="text-sm text-zinc-600">{props.subtitle}</p>
          </div>
          <div className="flex items-center gap-3 text-sm">
            <span className="text-zinc-700" data-testid="signed-in-as">
              {props.person.name ? `${props.person.name} · ` : ""}
              {props.person.email}
            </span>
            <form action={signOutAction}>
              <button className="rounded-md border border-zinc-300 px-3 py-1.5 font-medium hover:bg-zinc-50">Sign out</button>
            </form>
          </div>
        </div>
        <nav aria-label="Main" className="mx-auto max-w-6xl overflow-x-auto px-4">
          <ul className="flex gap-4 text-sm font-medium">
            {props.nav.map((item) => (
              <li key={item.href}>
                <a className="inline-block border-b-2 border-transparent py-2 hover:border-zinc-400" href={item.href}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {props.children}
      </main>
    </div>
  );
}
