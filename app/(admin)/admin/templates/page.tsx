import type { Metadata } from "next";
import { guarded } from "@/app/_lib/guarded";
import { serverApi } from "@/server/trpc/server-caller";
import { NewTemplateForm } from "./_components/new-template-form";

export const metadata: Metadata = { title: "Checklist templates" };

export default async function TemplatesPage() {
  const templates = await guarded((await serverApi()).templates.list());
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Checklist templates</h1>
      <NewTemplateForm />
      {templates.length === 0 ? (
        <p className="rounded-lg bg-white p-6 text-zinc-600 ring-1 ring-zinc-200">
          No templates yet. A template is the plan every new account starts from: milestones and their tasks.
        </p>
      ) : (
        <ul className="divide-y divide-zinc-100 rounded-lg bg-white shadow-sm ring-1 ring-zinc-200">
          {templates.map((template) => (
            <li key={template.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
              <div>
                <a href={`/admin/templates/${template.id}`} className="font-medium text-indigo-700 underline">
                  {template.name}
                </a>
                {template.description && <p className="text-sm text-zinc-600">{template.description}</p>}
              </div>
              <span className="text-sm text-zinc-600">
                {template.milestoneCount} milestones ·{" "}
                {template.latestVersion ? `published v${template.latestVersion.version}` : "draft, not published"}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
