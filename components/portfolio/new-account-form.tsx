"use client";

import { useState, type FormEvent } from "react";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/components/trpc-provider";
import { fieldErrorsOf } from "@/lib/errors/error-shape";

type Options = {
  templates: { id: string; name: string }[];
  staff: { membershipId: string; name: string; role: string }[];
  myMembershipId: string;
};

const inputClass = "mt-1 block w-full rounded-md border border-zinc-300 px-3 py-2";

// Creating an account starts its plan from the template, schedules its check-ins and invites the champion.
export function NewAccountForm({ options }: { options: Options }) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.portfolio.createAccount.mutationOptions());
  const [form, setForm] = useState({
    name: "",
    templateId: options.templates[0]?.id ?? "",
    kickoffDate: new Date().toISOString().slice(0, 10),
    timezone: Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC",
    csmMembershipId: options.myMembershipId,
    championEmail: "",
  });
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm((current) => ({ ...current, [key]: event.target.value }));
  const fieldErrors = fieldErrorsOf(create.error);
  const hasFieldErrors = Object.keys(fieldErrors).length > 0;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const created = await create
      .mutateAsync({
        ...form,
        templateId: form.templateId || null,
        csmMembershipId: form.csmMembershipId || null,
      })
      .catch(() => null); // shown beside the fields or above the button
    if (created) router.push(`/workspace/accounts/${created.id}`);
  }

  const field = (key: keyof typeof form, label: string, input: React.ReactNode) => (
    <div>
      <label htmlFor={key} className="block text-sm font-medium text-zinc-700">
        {label}
      </label>
      {input}
      {fieldErrors[key]?.map((message) => (
        <p key={message} data-field-error={key} className="mt-1 text-sm text-red-700">
          {message}
        </p>
      ))}
    </div>
  );

  return (
    <form onSubmit={submit} className="space-y-4 rounded-lg bg-white p-6 shadow-sm ring-1 ring-zinc-200">
      {field(
        "name",
        "Account name",
        <input id="name" required maxLength={120} value={form.name} onChange={set("name")} className={inputClass} />,
      )}
      {field(
        "templateId",
        "Onboarding template",
        <select id="templateId" value={form.templateId} onChange={set("templateId")} className={inputClass}>
          <option value="">No template (empty plan)</option>
          {options.templates.map((template) => (
            <option key={template.id} value={template.id}>
              {template.name}
            </option>
          ))}
        </select>,
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        {field(
          "kickoffDate",
          "Kickoff date",
          <input
            id="kickoffDate"
            type="date"
            required
            value={form.kickoffDate}
            onChange={set("kickoffDate")}
            className={inputClass}
          />,
        )}
        {field(
          "timezone",
          "Customer's time zone",
          <input id="timezone" required value={form.timezone} onChange={set("timezone")} className={inputClass} />,
        )}
      </div>
      {field(
        "csmMembershipId",
        "CSM",
        <select id="csmMembershipId" value={form.csmMembershipId} onChange={set("csmMembershipId")} className={inputClass}>
          <option value="">Unassigned</option>
          {options.staff.map((member) => (
            <option key={member.membershipId} value={member.membershipId}>
              {member.name} ({member.role.toLowerCase()})
            </option>
          ))}
        </select>,
      )}
      {field(
        "championEmail",
        "Champion's email",
        <input
          id="championEmail"
          type="email"
          required
          value={form.championEmail}
          onChange={set("championEmail")}
          className={inputClass}
        />,
      )}
      {create.error && !hasFieldErrors && (
        <p role="alert" className="text-sm text-red-700">
          {create.error.message}
        </p>
      )}
      <button
        disabled={create.isPending}
        className="rounded-md bg-indigo-600 px-4 py-2 font-semibold text-white disabled:opacity-60"
      >
        {create.isPending ? "Creating…" : "Create account and invite the champion"}
      </button>
    </form>
  );
}
