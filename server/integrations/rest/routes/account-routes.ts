// /accounts: create from a template (upsert by externalId), list, get, update, pause, resume, churn.
import { z } from "zod";
import { createAccountInput, createCustomerAccount } from "@/server/onboarding";
import { changeKickoffDate, kickoffInput, reassignCsm, reassignInput, setAccountStatus } from "@/server/onboarding";
import { refreshAccountHealth } from "@/server/success";
import { proveApiAccount } from "../../api-keys/prove-api-account";
import type { ApiCaller } from "../../api-keys/authenticate-api-key";
import { defineRoute } from "../define-route";
import { accountDetailSchema, accountParams, accountSchema, pageOf } from "../resources/api-schemas";
import {
  findAccountByExternalId,
  findAccountById,
  getAccountResource,
  listAccountsPage,
  listAccountsQuery,
} from "../resources/account-resource";

const actorOf = (caller: ApiCaller) => ({ id: caller.userId, name: null });

const updateAccountInput = z
  .object({
    csmMembershipId: reassignInput.shape.csmMembershipId.optional(),
    kickoffDate: kickoffInput.shape.kickoffDate.optional(),
  })
  .refine(
    (value) => value.csmMembershipId !== undefined || value.kickoffDate !== undefined,
    "Send csmMembershipId or kickoffDate",
  );

async function createOrFind(caller: ApiCaller, body: z.infer<typeof createAccountInput>) {
  if (body.externalId) {
    const existing = await findAccountByExternalId(caller.staff, body.externalId);
    if (existing) return { status: 200, body: existing };
  }
  let account: { id: string };
  try {
    account = await createCustomerAccount(caller.staff.organizationId, body, actorOf(caller));
    await refreshAccountHealth(caller.staff.organizationId, account.id);
  } catch (error) {
    // Two calls with the same externalId at once: the unique index lets one create; the other finds it.
    const existing =
      body.externalId && (error as { code?: string }).code === "P2002"
        ? await findAccountByExternalId(caller.staff, body.externalId)
        : null;
    if (existing) return { status: 200, body: existing };
    throw error;
  }
  return { status: 201, body: await findAccountById(caller.staff, account.id) };
}

function statusRoute(action: "pause" | "resume" | "churn", status: "PAUSED" | "ONBOARDING" | "CHURNED", summary: string) {
  return defineRoute({
    method: "POST",
    path: `/accounts/{accountId}/${action}`,
    operationId: `${action}Account`,
    summary,
    tag: "Accounts",
    scope: "write",
    params: accountParams,
    response: accountDetailSchema,
    handler: async ({ caller, params }) => {
      const accountId = await proveApiAccount(caller.staff, params.accountId);
      await setAccountStatus(caller.staff, accountId, caller.userId, { status });
      return { body: await getAccountResource(caller.staff, accountId) };
    },
  });
}

export const accountRoutes = [
  defineRoute({
    method: "POST",
    path: "/accounts",
    operationId: "createAccount",
    summary: "Create an account from a template (returns the existing one, 200, for a known externalId)",
    tag: "Accounts",
    scope: "write",
    body: createAccountInput,
    response: accountSchema,
    handler: ({ caller, body }) => createOrFind(caller, body),
  }),
  defineRoute({
    method: "GET",
    path: "/accounts",
    operationId: "listAccounts",
    summary: "List accounts (filters, cursor pagination by id)",
    tag: "Accounts",
    scope: "read",
    query: listAccountsQuery,
    response: pageOf(accountSchema),
    handler: async ({ caller, query }) => ({ body: await listAccountsPage(caller.staff, query) }),
  }),
  defineRoute({
    method: "GET",
    path: "/accounts/{accountId}",
    operationId: "getAccount",
    summary: "Get an account with progress, schedule status and health factors",
    tag: "Accounts",
    scope: "read",
    params: accountParams,
    response: accountDetailSchema,
    handler: async ({ caller, params }) => {
      const accountId = await proveApiAccount(caller.staff, params.accountId);
      return { body: await getAccountResource(caller.staff, accountId) };
    },
  }),
  defineRoute({
    method: "PATCH",
    path: "/accounts/{accountId}",
    operationId: "updateAccount",
    summary: "Reassign the CSM or move the kickoff date",
    tag: "Accounts",
    scope: "write",
    params: accountParams,
    body: updateAccountInput,
    response: accountDetailSchema,
    handler: async ({ caller, params, body }) => {
      const accountId = await proveApiAccount(caller.staff, params.accountId);
      if (body.csmMembershipId !== undefined) {
        await reassignCsm(caller.staff, accountId, caller.userId, { csmMembershipId: body.csmMembershipId });
      }
      if (body.kickoffDate !== undefined)
        await changeKickoffDate(caller.staff, accountId, caller.userId, { kickoffDate: body.kickoffDate });
      return { body: await getAccountResource(caller.staff, accountId) };
    },
  }),
  statusRoute("pause", "PAUSED", "Pause an account (no check-ins while paused)"),
  statusRoute("resume", "ONBOARDING", "Resume a paused or churned account into onboarding"),
  statusRoute("churn", "CHURNED", "Mark an account churned"),
];
