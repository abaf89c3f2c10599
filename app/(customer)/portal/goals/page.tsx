import type { Metadata } from "next";
import { GoalsPanel } from "@/components/portal/goals-panel";
import { guarded } from "@/app/_lib/guarded";
import { serverApi } from "@/server/trpc/server-caller";

export const metadata: Metadata = { title: "Goals" };

export default async function GoalsPage() {
  const api = await serverApi();
  const [goals, team] = await guarded(Promise.all([api.goals.list(), api.accountTeam.list()]));
  return <GoalsPanel initial={goals} canCreate={team.role === "CHAMPION"} />;
}
