import type { Metadata } from "next";
import { guarded } from "@/app/_lib/guarded";
import { serverApi } from "@/server/trpc/server-caller";
import { HealthWeightsForm } from "@/components/settings/health-weights-form";
import { SettingsForm } from "./settings-form";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const settings = await guarded((await serverApi()).settings.get());
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Organization settings</h1>
      <section className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-zinc-200 sm:p-6">
        <SettingsForm initial={settings} />
      </section>
      <section aria-labelledby="health-weights-heading" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-zinc-200 sm:p-6">
        <h2 id="health-weights-heading" className="mb-2 font-semibold">
          Health score weights
        </h2>
        <HealthWeightsForm />
      </section>
    </div>
  );
}
