// One virtual customer: a signed-in champion who, until told to stop, opens a page of the customer portal
// and then completes the next task of their plan through the same tRPC mutation the plan page calls, with
// the headers a browser sends (JSON, same origin). A completion that fails is retried (the same task)
// until the app acknowledges it; only an acknowledged completion counts as accepted work.
import { mutationBody } from "../../bench/lib/trpc-http";
import { timedRequest } from "./http-request";
import type { Recorder } from "./metrics";
import type { LoadCustomer } from "./seed-customers";

export const completionProcedure = "plan.complete";

export type CustomerOptions = {
  baseUrl: string;
  cookie: string;
  customer: LoadCustomer;
  tutorialId: string;
  recorder: Recorder;
  timeoutMs: number;
  thinkMs: number;
};

export type CustomerLedger = {
  // Tasks whose completion the app acknowledged (2xx with the task back as DONE).
  acknowledged: Set<string>;
  // Every task a completion was sent for, acknowledged or not.
  attempted: Set<string>;
  // The task being retried, if the last attempt failed.
  pending: string | null;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function pagesOf(tutorialId: string): string[] {
  // The plan page most often, as customers do.
  return ["/portal", "/portal", "/portal", `/portal/tutorials/${tutorialId}`, "/portal/goals", "/portal/team"];
}

export function createVirtualCustomer(options: CustomerOptions) {
  const { baseUrl, cookie, customer, recorder, timeoutMs } = options;
  const pages = pagesOf(options.tutorialId);
  const ledger: CustomerLedger = { acknowledged: new Set(), attempted: new Set(), pending: null };
  let nextTask = 0;

  async function openPage(path: string) {
    const sample = await timedRequest("page", `${baseUrl}${path}`, { headers: { cookie } }, timeoutMs, (body) =>
      // The account's name is in the portal's header: the page rendered, for this customer.
      body.includes(customer.accountName) ? null : `page without the customer's account name`,
    );
    recorder.record(sample);
    return sample.outcome === "ok";
  }

  async function complete(taskId: string) {
    ledger.attempted.add(taskId);
    const sample = await timedRequest(
      "completion",
      `${baseUrl}/api/trpc/${completionProcedure}`,
      {
        method: "POST",
        headers: {
          cookie,
          "content-type": "application/json",
          origin: baseUrl,
          "sec-fetch-site": "same-origin",
        },
        body: mutationBody({ taskId }),
      },
      timeoutMs,
      (body) => {
        const task = (JSON.parse(body) as { result?: { data?: { json?: { id?: string; status?: string } } } }).result?.data?.json;
        return task?.id === taskId && task.status === "DONE" ? null : `answer without the task as DONE: ${body.slice(0, 120)}`;
      },
    );
    recorder.record(sample);
    if (sample.outcome === "ok") {
      ledger.acknowledged.add(taskId);
      ledger.pending = null;
      return true;
    }
    ledger.pending = taskId;
    return false;
  }

  // The next task to complete: the one that failed last time, else the next open one of the plan.
  function takeTask(): string | null {
    if (ledger.pending) return ledger.pending;
    const taskId = customer.taskIds[nextTask];
    if (taskId === undefined) return null;
    nextTask++;
    return taskId;
  }

  return {
    ledger,
    async run(shouldStop: () => boolean) {
      // Customers do not all start in the same millisecond.
      await sleep(Math.random() * options.thinkMs);
      while (!shouldStop()) {
        const pageOk = await openPage(pages[Math.floor(Math.random() * pages.length)]!);
        if (shouldStop()) break;
        const taskId = takeTask();
        const completed = taskId ? await complete(taskId) : true;
        // Back off a little after a failure, as a person clicking again would.
        await sleep(Math.random() * options.thinkMs + (pageOk && completed ? 0 : 500));
      }
    },
    // After the load: retry the completion that was failing until the app takes it (or time runs out).
    async finishPending(deadline: number) {
      while (ledger.pending && Date.now() < deadline) {
        if (!(await complete(ledger.pending))) await sleep(500);
      }
    },
  };
}

export type VirtualCustomer = ReturnType<typeof createVirtualCustomer>;
