import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MarkdownView } from "@/components/markdown-view";
import { guarded } from "@/app/_lib/guarded";
import { serverApi } from "@/server/trpc/server-caller";

export const metadata: Metadata = { title: "Tutorial" };

// The published version, as customers read it.
export default async function LibraryTutorialPage({ params }: { params: Promise<{ tutorialId: string }> }) {
  const { tutorialId } = await params;
  const tutorial = await guarded((await serverApi()).tutorials.get({ tutorialId }));
  const published = tutorial.versions[0];
  if (!published) notFound();
  return (
    <article className="space-y-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-zinc-200 sm:p-6">
      <a href="/workspace/library" className="text-sm text-indigo-700 underline">
        ← Library
      </a>
      <h1 className="text-2xl font-bold">{published.title}</h1>
      <p className="text-sm text-zinc-600">
        {published.estimatedMinutes} min · version {published.version} · {tutorial.votes.helpful} found it helpful,{" "}
        {tutorial.votes.notHelpful} did not
      </p>
      <MarkdownView markdown={published.bodyMarkdown} imageHosts={tutorial.imageHosts} />
    </article>
  );
}
