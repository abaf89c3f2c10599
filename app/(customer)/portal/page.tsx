import type { Metadata } from "next";
import { HelpList } from "@/components/portal/help-list";
import { PlanBoard } from "@/components/portal/plan-board";
import { guarded } from "@/app/_lib/guarded";
import { serverApi } from "@/server/trpc/server-caller";

export const metadata: Metadata = { title: "My plan" };

export default async function PortalHomePage() {
  const api = await serverApi();
  const [plan, help] = await guarded(Promise.all([api.plan.get(), api.help.mine()]));
  return (
    <div className="space-y-6">
      <PlanBoard initial={plan} />
      <HelpList initial={help} />
    </div>
  );
}
