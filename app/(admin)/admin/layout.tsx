import type { ReactNode } from "react";
import { redirect } from "next/navigation";
import { AppShell } from "@/components/app-shell";
import { TrpcProvider } from "@/components/trpc-provider";
import { requireViewer } from "@/app/_lib/require-viewer";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const viewer = await requireViewer();
  const membership = viewer.staff[0];
  if (!membership) redirect("/");
  if (membership.role === "CSM") redirect("/workspace");
  return (
    <AppShell
      title={membership.organization.name}
      subtitle={`Administration · ${membership.role.toLowerCase()}`}
      brandColor={membership.organization.brandColor}
      nav={[
        { href: "/workspace", label: "Portfolio" },
        { href: "/admin/tutorials", label: "Tutorials" },
        { href: "/admin/templates", label: "Templates" },
        { href: "/admin/team", label: "Team" },
        { href: "/admin/settings", label: "Settings" },
        { href: "/admin/audit", label: "Audit log" },
        { href: "/admin/emails", label: "Emails" },
        { href: "/admin/integrations", label: "Integrations" },
      ]}
      person={viewer}
    >
      <TrpcProvider>{children}</TrpcProvider>
    </AppShell>
  );
}
