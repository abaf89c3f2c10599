// What a bench scenario is: one file under bench/scenarios/, registered in ./index.ts. It measures the
// app and its reference (the floor: the same work without the framework) in the same run.
import type pg from "pg";

export type BenchContext = {
  baseUrl: string;
  databaseUrl: string;
  pool: pg.Pool;
  organizationId: string;
  // Cookie header of a signed-in staff member (the organization's owner).
  staffCookie: string;
  // Signs in champions of these accounts; returns cookie headers by account id.
  customerCookies(accountIds: string[]): Promise<Map<string, string>>;
  quick: boolean;
  // `--full`: the largest sizes (e.g. 100,000 check-ins at the Resend limit instead of 20,000).
  full: boolean;
  log(message: string): void;
};

export type Measurement = {
  metric: string;
  app: string;
  reference: string;
  target: string;
  // null when there is no target for this line or it could not be measured.
  met: boolean | null;
};

export type ScenarioResult =
  | { status: "measured"; measurements: Measurement[]; notes?: string[] }
  | { status: "not available yet"; reason: string; measurements: Measurement[]; notes?: string[] };

export type Scenario = { id: string; title: string; run(context: BenchContext): Promise<ScenarioResult> };

export const ms = (value: number) => `${value.toFixed(1)} ms`;
