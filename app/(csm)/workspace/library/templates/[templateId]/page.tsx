import type { Metadata } from "next";
import { guarded } from "@/app/_lib/guarded";
import { serverApi } from "@/server/trpc/server-caller";

export const metadata: Metadata = { title: "Checklist template" };

const ownerLabel = { CUSTOMER: "customer", VENDOR: "us" } as const;

// A template's current plan, read-only: milestones and tasks in order.
export default async function LibraryTemplatePage({ params }: { params: Promise<{ templateId: string }> }) {
  const { templateId } = await params;
  const template = await guarded((await serverApi()).templates.get({ templateId }));
  return (
    <div className="space-y-4">
      <a href="/workspace/library" className="text-sm text-indigo-700 underline">
        ← Library
      </a>
      <h1 className="text-xl font-semibold">{template.name}</h1>
      {template.description && <p className="text-zinc-600">{template.description}</p>}
      <ol className="space-y-3">
        {template.milestones.map((milestone) => (
          <li key={milestone.id} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-zinc-200">
            <h2 className="font-semibold">{milestone.title}</h2>
            {milestone.description && <p className="text-sm text-zinc-600">{milestone.description}</p>}
            <ol className="mt-2 list-decimal space-y-1 pl-5 text-sm">
              {milestone.tasks.map((task) => (
                <li key={task.id}>
                  {task.title}{" "}
                  <span className="text-zinc-500">
                    · {task.kind.toLowerCase()} · by {ownerLabel[task.owner]} · day {task.dueOffsetDays}
                    {task.required ? "" : " · optional"}
                  </span>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </div>
  );
}
