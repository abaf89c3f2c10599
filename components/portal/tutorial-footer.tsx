"use client";

import { useState, type FormEvent } from "react";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc-provider";
import { errorText } from "./types";

type TaskRef = { id: string; title: string; kind: string; owner: string; status: string; tutorialId: string | null } | null;

// The end of a tutorial: mark its task done, go to the next task, and say whether it helped.
export function TutorialFooter(props: {
  tutorialId: string;
  task: TaskRef;
  nextTask: TaskRef;
  feedback: { helpful: boolean; comment: string | null } | null;
}) {
  const trpc = useTRPC();
  const [taskDone, setTaskDone] = useState(props.task?.status === "DONE");
  const [taskError, setTaskError] = useState<string | null>(null);
  const [helpful, setHelpful] = useState<boolean | null>(props.feedback?.helpful ?? null);
  const [comment, setComment] = useState(props.feedback?.comment ?? "");
  const [feedbackMessage, setFeedbackMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const complete = useMutation(trpc.plan.complete.mutationOptions());
  const feedback = useMutation(trpc.tutorials.feedback.mutationOptions());

  async function markDone() {
    if (!props.task) return;
    setTaskError(null);
    setTaskDone(true);
    try {
      await complete.mutateAsync({ taskId: props.task.id });
    } catch (error) {
      setTaskDone(false);
      setTaskError(errorText(error, "Could not mark the task done. Please try again."));
    }
  }

  async function sendFeedback(event: FormEvent) {
    event.preventDefault();
    if (helpful === null) {
      setFeedbackMessage({ tone: "error", text: "Choose yes or no first." });
      return;
    }
    setFeedbackMessage(null);
    try {
      await feedback.mutateAsync({ tutorialId: props.tutorialId, helpful, comment: comment || undefined });
      setFeedbackMessage({ tone: "ok", text: "Thanks for your feedback!" });
    } catch (error) {
      setFeedbackMessage({ tone: "error", text: errorText(error, "Your feedback was not saved. Please try again.") });
    }
  }

  return (
    <div className="space-y-4">
      {props.task && props.task.owner === "CUSTOMER" && (
        <section className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-zinc-200 sm:p-6">
          {taskDone ? (
            <p role="status" className="font-medium text-green-800">
              “{props.task.title}” is done.
            </p>
          ) : (
            <button
              type="button"
              onClick={markDone}
              className="rounded-md bg-indigo-600 px-4 py-2 font-semibold text-white hover:bg-indigo-700"
            >
              I’ve finished this: mark “{props.task.title}” done
            </button>
          )}
          {taskError && (
            <p role="alert" className="mt-2 text-sm text-red-700">
              {taskError}
            </p>
          )}
        </section>
      )}
      <section className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-zinc-200 sm:p-6">
        {props.nextTask ? (
          <p>
            <span className="text-sm text-zinc-600">Next task: </span>
            <a
              href={props.nextTask.tutorialId ? `/portal/tutorials/${props.nextTask.tutorialId}` : "/portal"}
              className="font-medium text-indigo-700 underline"
            >
              {props.nextTask.title}
            </a>
          </p>
        ) : (
          <p className="text-sm text-zinc-600">
            No more open tasks after this one.{" "}
            <a href="/portal" className="text-indigo-700 underline">
              Back to your plan
            </a>
          </p>
        )}
      </section>
      <form
        onSubmit={sendFeedback}
        className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-zinc-200 sm:p-6"
        aria-label="Tutorial feedback"
      >
        <fieldset>
          <legend className="font-semibold">Was this helpful?</legend>
          <div className="mt-2 flex gap-4">
            <label className="flex items-center gap-2">
              <input type="radio" name="helpful" checked={helpful === true} onChange={() => setHelpful(true)} /> Yes
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name="helpful" checked={helpful === false} onChange={() => setHelpful(false)} /> No
            </label>
          </div>
        </fieldset>
        <label htmlFor="feedback-comment" className="mt-3 block text-sm font-medium">
          Comment (optional)
        </label>
        <textarea
          id="feedback-comment"
          maxLength={2000}
          rows={2}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          className="mt-1 w-full rounded-md border border-zinc-300 px-3 py-2 text-sm"
        />
        <button
          disabled={feedback.isPending}
          className="mt-2 rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-semibold hover:bg-zinc-50"
        >
          {props.feedback ? "Update feedback" : "Send feedback"}
        </button>
        {feedbackMessage && (
          <p
            role={feedbackMessage.tone === "error" ? "alert" : "status"}
            className={`mt-2 text-sm ${feedbackMessage.tone === "error" ? "text-red-700" : "text-green-800"}`}
          >
            {feedbackMessage.text}
          </p>
        )}
      </form>
    </div>
  );
}
