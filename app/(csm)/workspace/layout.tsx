import type { ReactNode } from "react";
import { redirect } from "next/navigation";
import { AppShell } from "@/components/app-shell";
import { TrpcProvider } from "@/components/trpc-provider";
import { requireViewer } from "@/app/_lib/require-viewer";

export default async function StaffLayout({ children }: { children: ReactNode }) {
  const viewer = await requireViewer();
  const membership = viewer.staff[0];
  if (!membership) redirect("/");
  const isAdmin = membership.role !== "CSM";
  const adminNav = [
    { href: "/admin/tutorials", label: "Tutorials" },
    { href: "/admin/templates", label: "Templates" },
    { href: "/admin/team", label: "Team" },
    { href: "/admin/settings", label: "Settings" },
    { href: "/admin/audit", label: "Audit log" },
  ];
  const nav = [
    { href: "/workspace", label: "Portfolio" },
    { href: "/workspace/alerts", label: "Alerts" },
    { href: "/workspace/analytics", label: "Analytics" },
    // Admins edit tutorials and templates in the studio; CSMs read them in the library.
    ...(isAdmin ? adminNav : [{ href: "/workspace/library", label: "Library" }]),
  ];
  return (
    <AppShell
      title={membership.organization.name}
      subtitle={`Customer success workspace · ${membership.role.toLowerCase()}`}
      brandColor={membership.organization.brandColor}
      nav={nav}
      person={viewer}
    >
      <TrpcProvider>{children}</TrpcProvider>
    </AppShell>
  );
}
