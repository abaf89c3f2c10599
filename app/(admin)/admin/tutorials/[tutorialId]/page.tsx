import type { Metadata } from "next";
import { guarded } from "@/app/_lib/guarded";
import { serverApi } from "@/server/trpc/server-caller";
import { TutorialEditor } from "../_components/tutorial-editor";
import { TutorialVersions } from "../_components/tutorial-versions";
import { ArchiveTutorialButton } from "../_components/archive-tutorial-button";

export const metadata: Metadata = { title: "Edit tutorial" };

export default async function TutorialPage({ params }: { params: Promise<{ tutorialId: string }> }) {
  const { tutorialId } = await params;
  const tutorial = await guarded((await serverApi()).tutorials.get({ tutorialId }));
  const votes = tutorial.votes.helpful + tutorial.votes.notHelpful;
  return (
    <div className="space-y-6">
      <a href="/admin/tutorials" className="text-sm text-indigo-700 underline">
        ← Tutorials
      </a>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-xl font-semibold">{tutorial.title}</h1>
        <p className="flex items-center gap-2 text-sm">
          <span className="rounded bg-zinc-100 px-2 py-0.5" data-testid="tutorial-status">
            {tutorial.status.toLowerCase()}
          </span>
          {tutorial.status === "PUBLISHED" && tutorial.hasUnpublishedChanges && (
            <span className="rounded bg-amber-50 px-2 py-0.5 text-amber-800">unpublished changes</span>
          )}
          <ArchiveTutorialButton tutorialId={tutorial.id} archived={tutorial.status === "ARCHIVED"} />
        </p>
      </div>
      <section className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-zinc-200 sm:p-6">
        <TutorialEditor
          tutorialId={tutorial.id}
          initial={{
            title: tutorial.title,
            summary: tutorial.summary ?? "",
            bodyMarkdown: tutorial.bodyMarkdown,
            estimatedMinutes: tutorial.estimatedMinutes,
          }}
          canPublish
          imageHosts={tutorial.imageHosts}
        />
      </section>
      <section className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-zinc-200 sm:p-6" aria-labelledby="versions-heading">
        <h2 id="versions-heading" className="mb-2 font-semibold">
          Published versions
        </h2>
        <TutorialVersions tutorialId={tutorial.id} versions={tutorial.versions} imageHosts={tutorial.imageHosts} />
      </section>
      <section className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-zinc-200 sm:p-6" aria-labelledby="feedback-heading">
        <h2 id="feedback-heading" className="mb-2 font-semibold">
          Customer feedback
        </h2>
        {votes === 0 ? (
          <p className="text-sm text-zinc-600">No votes yet. Customers can mark a published tutorial helpful or not.</p>
        ) : (
          <>
            <p className="text-sm">
              <strong>{tutorial.votes.helpful}</strong> helpful · <strong>{tutorial.votes.notHelpful}</strong> not helpful
            </p>
            <div
              className="mt-1 flex h-2 max-w-sm overflow-hidden rounded bg-red-200"
              role="img"
              aria-label={`${tutorial.votes.helpful} of ${votes} found it helpful`}
            >
              <div className="bg-green-600" style={{ width: `${(tutorial.votes.helpful / votes) * 100}%` }} />
            </div>
            <ul className="mt-3 space-y-2">
              {tutorial.feedback
                .filter((entry) => entry.comment)
                .map((entry) => (
                  <li key={entry.id} className="rounded-md bg-zinc-50 p-2 text-sm">
                    <p>{entry.comment}</p>
                    <p className="text-xs text-zinc-500">
                      {entry.helpful ? "Helpful" : "Not helpful"} · {entry.user.name ?? entry.user.email} (
                      {entry.customerAccount.name})
                    </p>
                  </li>
                ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
