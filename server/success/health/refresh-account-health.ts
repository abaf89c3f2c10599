// Refreshes one account's health score and re-evaluates its alerts after something moved a factor (the
// choke point, success/settle/change-account, calls it once a change has committed).
// Callers that arrive while a refresh of the same organization is running wait for the next one, which
// recomputes all their accounts in one set-based pass: under load, many completions share one refresh
// instead of each paying its own queries. When idle, a call starts at once, so nothing waits longer than
// one refresh. The caller's own write is committed before it calls, so the refresh always sees it.
//
// A failed refresh is logged, not thrown: the caller's change is already saved, and the hourly refresh
// (jobs/definitions/refresh-health-and-alerts) recomputes every score, so the person is not shown an error
// for work that succeeded.
import { refreshAlerts } from "../alerts/refresh-alerts";
import { refreshHealthScores } from "./refresh-health-scores";

type Batch = { accountIds: Set<string>; waiters: (() => void)[] };

const queuedByOrganization = new Map<string, Batch>();
const runningOrganizations = new Set<string>();

export function refreshAccountHealth(organizationId: string, accountId: string): Promise<void> {
  let batch = queuedByOrganization.get(organizationId);
  if (!batch) {
    batch = { accountIds: new Set(), waiters: [] };
    queuedByOrganization.set(organizationId, batch);
  }
  batch.accountIds.add(accountId);
  const queued = batch;
  const done = new Promise<void>((resolve) => queued.waiters.push(resolve));
  if (!runningOrganizations.has(organizationId)) void drain(organizationId);
  return done;
}

async function drain(organizationId: string): Promise<void> {
  runningOrganizations.add(organizationId);
  try {
    for (let batch = queuedByOrganization.get(organizationId); batch; batch = queuedByOrganization.get(organizationId)) {
      queuedByOrganization.delete(organizationId);
      try {
        const accountIds = [...batch.accountIds];
        await refreshHealthScores(organizationId, accountIds);
        await refreshAlerts(organizationId, new Date(), accountIds);
      } catch (error) {
        console.error(`[health] refreshing ${batch.accountIds.size} account(s) failed; the hourly refresh will retry`, error);
      }
      for (const waiter of batch.waiters) waiter();
    }
  } finally {
    runningOrganizations.delete(organizationId);
  }
}
