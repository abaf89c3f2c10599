import type { Metadata } from "next";
import { MarkdownView } from "@/components/markdown-view";
import { TutorialFooter } from "@/components/portal/tutorial-footer";
import { guarded } from "@/app/_lib/guarded";
import { serverApi } from "@/server/trpc/server-caller";

export const metadata: Metadata = { title: "Tutorial" };

export default async function TutorialPage({ params }: { params: Promise<{ tutorialId: string }> }) {
  const { tutorialId } = await params;
  const tutorial = await guarded((await serverApi()).tutorials.read({ tutorialId }));
  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <div>
        <a href="/portal" className="text-sm text-indigo-700 underline">
          ← Back to my plan
        </a>
        <h1 className="mt-2 text-2xl font-semibold">{tutorial.title}</h1>
        <p className="text-sm text-zinc-600" data-testid="reading-time">
          About {tutorial.readingMinutes} min read
          {tutorial.task ? ` · part of “${tutorial.task.title}”` : ""}
        </p>
        {tutorial.summary && <p className="mt-2 text-zinc-700">{tutorial.summary}</p>}
      </div>
      <div className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-zinc-200 sm:p-6" data-testid="tutorial-body">
        <MarkdownView markdown={tutorial.bodyMarkdown} imageHosts={tutorial.imageHosts} />
      </div>
      <TutorialFooter tutorialId={tutorial.id} task={tutorial.task} nextTask={tutorial.nextTask} feedback={tutorial.feedback} />
    </article>
  );
}
