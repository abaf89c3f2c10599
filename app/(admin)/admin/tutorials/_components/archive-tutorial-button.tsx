"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/components/trpc-provider";

export function ArchiveTutorialButton({ tutorialId, archived }: { tutorialId: string; archived: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const mutation = useMutation(trpc.tutorials.setArchived.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <button
      type="button"
      disabled={mutation.isPending}
      onClick={() => mutation.mutate({ tutorialId, archived: !archived })}
      className="rounded-md border border-zinc-300 px-2 py-0.5"
    >
      {archived ? "Unarchive" : "Archive"}
    </button>
  );
}
