// One entry per REST route (by operationId): the victim's concrete path, a valid body and whether the
// path names victim rows ("ids": another organization's key must get 404) or not ("context": another
// organization's key may call it but must see none of the victim's data). A route without an entry
// fails the suite.
import type { World } from "./world";

export type RestEntry = {
  scope: "ids" | "context";
  path: (world: World) => string;
  body?: (world: World) => unknown;
};

const account = (world: World) => `/accounts/${world.victim.account.id}`;

export const restMatrix: Record<string, RestEntry> = {
  createAccount: {
    scope: "context",
    path: () => "/accounts",
    body: (world) => ({
      name: "Planted",
      templateId: world.ids.templateId,
      kickoffDate: "2026-12-01",
      csmMembershipId: world.victim.csm.membership.id,
      championEmail: "planted@example.test",
      externalId: "planted-1",
    }),
  },
  listAccounts: { scope: "context", path: () => "/accounts?limit=100" },
  getAccount: { scope: "ids", path: account },
  updateAccount: { scope: "ids", path: account, body: () => ({ kickoffDate: "2027-01-01" }) },
  pauseAccount: { scope: "ids", path: (world) => `${account(world)}/pause` },
  resumeAccount: { scope: "ids", path: (world) => `${account(world)}/resume` },
  churnAccount: { scope: "ids", path: (world) => `${account(world)}/churn` },
  listPeople: { scope: "ids", path: (world) => `${account(world)}/people` },
  invitePerson: { scope: "ids", path: (world) => `${account(world)}/people`, body: () => ({ email: "planted@example.test" }) },
  listTasks: { scope: "ids", path: (world) => `${account(world)}/tasks` },
  completeTask: {
    scope: "ids",
    path: (world) => `${account(world)}/tasks/${world.ids.vendorTaskId}/complete`,
    body: () => ({ note: "Planted" }),
  },
  reopenTask: { scope: "ids", path: (world) => `${account(world)}/tasks/${world.ids.vendorTaskId}/reopen`, body: () => ({}) },
  listGoals: { scope: "ids", path: (world) => `${account(world)}/goals` },
  setGoalValue: {
    scope: "ids",
    path: (world) => `${account(world)}/goals/${world.ids.goalId}/value`,
    body: () => ({ value: 2 }),
  },
  listCheckIns: { scope: "ids", path: (world) => `${account(world)}/check-ins` },
  listAlerts: { scope: "context", path: () => "/alerts?state=all" },
  resolveAlert: { scope: "ids", path: (world) => `/alerts/${world.ids.alertId}/resolve`, body: () => ({}) },
  listActivity: { scope: "context", path: () => "/activity" },
};
