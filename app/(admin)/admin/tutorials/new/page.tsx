import type { Metadata } from "next";
import { TutorialEditor } from "../_components/tutorial-editor";

export const metadata: Metadata = { title: "New tutorial" };

export default function NewTutorialPage() {
  return (
    <div className="space-y-4">
      <a href="/admin/tutorials" className="text-sm text-indigo-700 underline">
        ← Tutorials
      </a>
      <h1 className="text-xl font-semibold">New tutorial</h1>
      <TutorialEditor initial={{ title: "", summary: "", bodyMarkdown: "", estimatedMinutes: 1 }} canPublish />
    </div>
  );
}
