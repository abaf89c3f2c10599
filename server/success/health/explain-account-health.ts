// One account's health with its factors, for the account page.
import type { StaffScope, ProvenAccountId } from "../../identity/scope";
import { computeHealth } from "@/lib/success/compute-health";
import { loadHealthInputs } from "./refresh-health-scores";

export async function explainAccountHealth(scope: StaffScope, accountId: ProvenAccountId, now = new Date()) {
  const { weights, accounts } = await loadHealthInputs(scope.organizationId, [accountId], now);
  const account = accounts[0];
  if (!account) return null;
  return computeHealth(account.inputs, weights);
}
