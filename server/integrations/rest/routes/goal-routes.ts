// /accounts/{accountId}/goals: list, and set a goal's current value (e.g. from the product's own metrics).
import { z } from "zod";
import { listGoals } from "@/server/value";
import { updateGoalInput, updateGoalProgress } from "@/server/value";
import { proveApiAccount } from "../../api-keys/prove-api-account";
import { defineRoute } from "../define-route";
import { accountParams, goalSchema, idSchema } from "../resources/api-schemas";
import { calendarDay } from "../resources/present";

type GoalRow = Awaited<ReturnType<typeof listGoals>>[number];

const presentGoal = ({ updates: _updates, unit: _unit, ...goal }: GoalRow) => ({
  ...goal,
  targetDate: calendarDay(goal.targetDate),
});

export const goalRoutes = [
  defineRoute({
    method: "GET",
    path: "/accounts/{accountId}/goals",
    operationId: "listGoals",
    summary: "List the account's goals",
    tag: "Goals",
    scope: "read",
    params: accountParams,
    response: z.object({ data: z.array(goalSchema) }),
    handler: async ({ caller, params }) => {
      const accountId = await proveApiAccount(caller.staff, params.accountId);
      const goals = await listGoals({ organizationId: caller.staff.organizationId, accountId });
      return { body: { data: goals.map(presentGoal) } };
    },
  }),
  defineRoute({
    method: "POST",
    path: "/accounts/{accountId}/goals/{goalId}/value",
    operationId: "setGoalValue",
    summary: "Set a goal's current value",
    tag: "Goals",
    scope: "write",
    params: accountParams.extend({ goalId: idSchema }),
    body: updateGoalInput.omit({ goalId: true }),
    response: goalSchema,
    handler: async ({ caller, params, body }) => {
      const accountId = await proveApiAccount(caller.staff, params.accountId);
      const scope = { organizationId: caller.staff.organizationId, accountId };
      await updateGoalProgress(scope, { id: caller.userId, kind: "STAFF" }, { ...body, goalId: params.goalId });
      const goal = (await listGoals(scope)).find((item) => item.id === params.goalId)!;
      return { body: presentGoal(goal) };
    },
  }),
];
