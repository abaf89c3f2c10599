"use client";

import { useEffect, useState } from "react";
import { onHelpRequestsChanged, portalApi } from "./portal-api";
import { HelpForm } from "./help-form";
import { formatMoment, personName, type HelpRequest } from "./types";

// The customer's questions to their CSM, with replies and whether each one is resolved.
export function HelpList({ initial }: { initial: HelpRequest[] }) {
  const [requests, setRequests] = useState(initial);
  useEffect(
    () =>
      onHelpRequestsChanged(() => {
        portalApi.help.mine.query().then(setRequests, () => {}); // on failure the list stays as it was
      }),
    [],
  );
  const [asking, setAsking] = useState(false);
  return (
    <section aria-labelledby="help-heading" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-zinc-200 sm:p-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="help-heading" className="font-semibold">
          Your questions
        </h2>
        <button
          type="button"
          aria-expanded={asking}
          onClick={() => setAsking((open) => !open)}
          className="rounded-md border border-amber-300 px-3 py-1.5 text-sm text-amber-900 hover:bg-amber-50"
        >
          Ask a question
        </button>
      </div>
      {asking && <HelpForm />}
      {requests.length === 0 ? (
        <p className="mt-1 text-sm text-zinc-600">
          No questions yet. Stuck on something? Use “I’m stuck” on any task and your customer success manager will help.
        </p>
      ) : (
        <ul className="mt-2 space-y-3" data-testid="help-requests">
          {requests.map((request) => (
            <li key={request.id} className="rounded-md border border-zinc-200 p-3">
              <div className="flex flex-wrap items-center gap-2 text-sm">
                <span
                  className={`rounded px-1.5 text-xs font-semibold ${request.status === "OPEN" ? "bg-amber-100 text-amber-900" : "bg-green-100 text-green-900"}`}
                >
                  {request.status === "OPEN" ? (request.firstResponseAt ? "Answered, open" : "Waiting for reply") : "Resolved"}
                </span>
                {request.task && <span className="text-zinc-600">on “{request.task.title}”</span>}
                <span className="text-zinc-500">· {formatMoment(request.createdAt)}</span>
              </div>
              <p className="mt-1 whitespace-pre-wrap text-sm">{request.message}</p>
              {request.replies.map((reply) => (
                <p key={reply.id} className="mt-2 whitespace-pre-wrap border-l-2 border-indigo-200 pl-3 text-sm text-zinc-700">
                  <span className="font-medium">{personName(reply.author)}:</span> {reply.body}
                </p>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
