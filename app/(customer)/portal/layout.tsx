import type { ReactNode } from "react";
import { redirect } from "next/navigation";
import { AppShell } from "@/components/app-shell";
import { requireViewer } from "@/app/_lib/require-viewer";

const customerNav = [
  { href: "/portal", label: "My plan" },
  { href: "/portal/goals", label: "Goals" },
  { href: "/portal/team", label: "Team" },
];

export default async function CustomerLayout({ children }: { children: ReactNode }) {
  const viewer = await requireViewer();
  const membership = viewer.customer[0];
  if (!membership) redirect("/");
  return (
    <AppShell
      title={membership.account.name}
      subtitle={`Onboarding with ${membership.organization.name}`}
      brandColor={membership.organization.brandColor}
      nav={customerNav}
      person={viewer}
    >
      {children}
    </AppShell>
  );
}
