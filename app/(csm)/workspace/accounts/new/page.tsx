import type { Metadata } from "next";
import { guarded } from "@/app/_lib/guarded";
import { NewAccountForm } from "@/components/portfolio/new-account-form";
import { serverApi } from "@/server/trpc/server-caller";

export const metadata: Metadata = { title: "New account" };

export default async function NewAccountPage() {
  const options = await guarded((await serverApi()).portfolio.formOptions());
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <a href="/workspace" className="text-sm text-indigo-700 underline">
        ← Portfolio
      </a>
      <h1 className="text-xl font-semibold">New customer account</h1>
      <p className="text-zinc-600">
        The account gets its own copy of the plan, check-ins on the organization&apos;s schedule, and the champion an invitation.
      </p>
      <NewAccountForm options={options} />
    </div>
  );
}
