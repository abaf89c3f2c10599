// /accounts/{accountId}/tasks: list, complete, reopen (the same services as the account page's buttons).
import { z } from "zod";
import { completeTask, completeTaskInput, reopenTask } from "@/server/onboarding";
import { proveApiAccount } from "../../api-keys/prove-api-account";
import type { ApiCaller } from "../../api-keys/authenticate-api-key";
import { defineRoute } from "../define-route";
import { accountParams, idSchema, taskSchema } from "../resources/api-schemas";
import { getTask, listTasks } from "../resources/plan-resource";

const taskParams = accountParams.extend({ taskId: idSchema });

async function scopeOf(caller: ApiCaller, accountId: string) {
  return { organizationId: caller.staff.organizationId, accountId: await proveApiAccount(caller.staff, accountId) };
}

export const taskRoutes = [
  defineRoute({
    method: "GET",
    path: "/accounts/{accountId}/tasks",
    operationId: "listTasks",
    summary: "List an account's tasks in plan order",
    tag: "Tasks",
    scope: "read",
    params: accountParams,
    response: z.object({ data: z.array(taskSchema) }),
    handler: async ({ caller, params }) => ({ body: await listTasks(await scopeOf(caller, params.accountId)) }),
  }),
  defineRoute({
    method: "POST",
    path: "/accounts/{accountId}/tasks/{taskId}/complete",
    operationId: "completeTask",
    summary: "Complete a task (completing a done task changes nothing)",
    tag: "Tasks",
    scope: "write",
    params: taskParams,
    body: completeTaskInput.pick({ note: true }),
    response: taskSchema,
    handler: async ({ caller, params, body }) => {
      const scope = await scopeOf(caller, params.accountId);
      await completeTask(scope, params.taskId, caller.actor, body.note);
      return { body: await getTask(scope, params.taskId) };
    },
  }),
  defineRoute({
    method: "POST",
    path: "/accounts/{accountId}/tasks/{taskId}/reopen",
    operationId: "reopenTask",
    summary: "Reopen a completed task",
    tag: "Tasks",
    scope: "write",
    params: taskParams,
    body: z.object({}),
    response: taskSchema,
    handler: async ({ caller, params }) => {
      const scope = await scopeOf(caller, params.accountId);
      await reopenTask(scope, params.taskId, caller.actor);
      return { body: await getTask(scope, params.taskId) };
    },
  }),
];
