import type { Metadata } from "next";
import { guarded } from "@/app/_lib/guarded";
import { requireViewer } from "@/app/_lib/require-viewer";
import { serverApi } from "@/server/trpc/server-caller";
import { HealthWeightsForm } from "@/components/settings/health-weights-form";
import { SettingsForm } from "./settings-form";
import { SsoSettingsForm } from "./sso-settings-form";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const settings = await guarded((await serverApi()).settings.get());
  // Single sign-on decides who can become staff, so only owners see and change it.
  const isOwner = (await requireViewer()).staff[0]?.role === "OWNER";
  const sso = isOwner ? await guarded((await serverApi()).sso.get()) : null;
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
      <section aria-labelledby="sso-heading" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-zinc-200 sm:p-6">
        <h2 id="sso-heading" className="mb-2 font-semibold">
          Single sign-on for staff
        </h2>
        {sso ? (
          <SsoSettingsForm initial={sso} />
        ) : (
          <p className="text-sm text-zinc-600">Only the organization&apos;s owner can set up single sign-on.</p>
        )}
      </section>
    </div>
  );
}
