import type { Metadata } from "next";
import { guarded } from "@/app/_lib/guarded";
import { serverApi } from "@/server/trpc/server-caller";
import { TemplateEditor } from "../_components/template-editor";

export const metadata: Metadata = { title: "Edit template" };

export default async function TemplatePage({ params }: { params: Promise<{ templateId: string }> }) {
  const { templateId } = await params;
  const api = await serverApi();
  const [template, tutorials] = await guarded(Promise.all([api.templates.get({ templateId }), api.tutorials.list({})]));
  return (
    <div className="space-y-6">
      <a href="/admin/templates" className="text-sm text-indigo-700 underline">
        ← Templates
      </a>
      <h1 className="text-xl font-semibold">{template.name}</h1>
      <section className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-zinc-200 sm:p-6">
        <TemplateEditor
          templateId={template.id}
          tutorials={tutorials.filter((t) => t.status !== "ARCHIVED").map((t) => ({ id: t.id, title: t.title }))}
          initial={{
            name: template.name,
            description: template.description ?? "",
            milestones: template.milestones.map((milestone) => ({
              key: milestone.id,
              title: milestone.title,
              description: milestone.description ?? "",
              tasks: milestone.tasks.map((task) => ({
                key: task.id,
                title: task.title,
                description: task.description ?? "",
                kind: task.kind,
                owner: task.owner,
                dueOffsetDays: task.dueOffsetDays,
                required: task.required,
                tutorialId: task.tutorialId ?? "",
                meetingUrl: task.meetingUrl ?? "",
                questionPrompt: task.questionPrompt ?? "",
              })),
            })),
          }}
        />
      </section>
      <section className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-zinc-200 sm:p-6" aria-labelledby="versions-heading">
        <h2 id="versions-heading" className="font-semibold">
          Published versions
        </h2>
        <p className="mb-2 text-sm text-zinc-600">Each account keeps the version it started with.</p>
        {template.versions.length === 0 ? (
          <p className="text-sm text-zinc-600">Not published yet: no account can start from this template.</p>
        ) : (
          <ul className="divide-y divide-zinc-100 text-sm" data-testid="template-versions">
            {template.versions.map((version) => (
              <li key={version.id} className="py-2">
                <p>
                  <strong>Version {version.version}</strong> ·{" "}
                  {version.createdAt.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC
                  {version.publishedBy ? ` · ${version.publishedBy.name ?? version.publishedBy.email}` : ""} ·{" "}
                  {version._count.accounts} {version._count.accounts === 1 ? "account" : "accounts"}
                </p>
                {version.accounts.length > 0 && (
                  <p className="text-zinc-600">
                    {version.accounts.map((account, index) => (
                      <span key={account.id}>
                        {index > 0 && ", "}
                        <a className="underline" href={`/workspace/accounts/${account.id}`}>
                          {account.name}
                        </a>
                      </span>
                    ))}
                    {version._count.accounts > version.accounts.length &&
                      ` and ${version._count.accounts - version.accounts.length} more`}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
