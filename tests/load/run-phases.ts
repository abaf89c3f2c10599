// The load's timeline. All customers run from start to end without pause:
//   steady  `steadySeconds` of load, nothing disturbed;
//   fault   `leadSeconds` more load, then PostgreSQL is restarted (the server is stopped, kept down,
//           started), and the load goes on for `afterSeconds` after PostgreSQL is back;
//   drain   the load stops; customers whose last completion failed retry it until the app takes it.
import type { DatabaseServer } from "./private-postgres";
import type { Recorder } from "./metrics";
import type { VirtualCustomer } from "./virtual-customer";

export type PhasePlan = { steadySeconds: number; leadSeconds: number; downSeconds: number; afterSeconds: number };

export type Timeline = {
  steadyStart: number;
  faultStart: number;
  outageStart: number;
  databaseBack: number;
  faultEnd: number;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runPhases(
  customers: VirtualCustomer[],
  recorder: Recorder,
  database: DatabaseServer,
  plan: PhasePlan,
  log: (message: string) => void,
): Promise<Timeline> {
  let stopped = false;
  const steadyStart = Date.now();
  const running = Promise.all(customers.map((customer) => customer.run(() => stopped)));
  try {
    log(`Steady load: ${customers.length} customers for ${plan.steadySeconds}s…`);
    await sleep(plan.steadySeconds * 1000);
    recorder.startPhase("fault");
    const faultStart = Date.now();
    await sleep(plan.leadSeconds * 1000);
    log(`Restarting PostgreSQL under load (down for ${plan.downSeconds}s)…`);
    const outageStart = Date.now();
    await database.restart(plan.downSeconds * 1000);
    const databaseBack = Date.now();
    log(`PostgreSQL is back after ${((databaseBack - outageStart) / 1000).toFixed(1)}s; load goes on for ${plan.afterSeconds}s…`);
    await sleep(plan.afterSeconds * 1000);
    stopped = true;
    await running;
    const faultEnd = Date.now();
    return { steadyStart, faultStart, outageStart, databaseBack, faultEnd };
  } finally {
    stopped = true;
    await running;
  }
}

export async function drainPending(customers: VirtualCustomer[], recorder: Recorder, timeoutMs: number): Promise<number> {
  recorder.startPhase("drain");
  const deadline = Date.now() + timeoutMs;
  await Promise.all(customers.map((customer) => customer.finishPending(deadline)));
  return customers.filter((customer) => customer.ledger.pending !== null).length;
}
