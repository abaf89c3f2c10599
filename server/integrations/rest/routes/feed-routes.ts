// /alerts (list, resolve) and /activity (everything that happened, since a cursor, for sync).
import { z } from "zod";
import { resolveAlert } from "@/server/success";
import { defineRoute } from "../define-route";
import { activitySchema, alertSchema, idSchema, pageOf } from "../resources/api-schemas";
import { listActivityPage, listActivityQuery, listAlertsPage, listAlertsQuery } from "../resources/feed-resource";

export const feedRoutes = [
  defineRoute({
    method: "GET",
    path: "/alerts",
    operationId: "listAlerts",
    summary: "List alerts (open by default), oldest first from a cursor",
    tag: "Alerts",
    scope: "read",
    query: listAlertsQuery,
    response: pageOf(alertSchema),
    handler: async ({ caller, query }) => ({ body: await listAlertsPage(caller.staff, query) }),
  }),
  defineRoute({
    method: "POST",
    path: "/alerts/{alertId}/resolve",
    operationId: "resolveAlert",
    summary: "Resolve an open alert",
    tag: "Alerts",
    scope: "write",
    params: z.object({ alertId: idSchema }),
    body: z.object({}),
    response: z.object({ resolved: z.literal(true) }),
    handler: async ({ caller, params }) => {
      await resolveAlert(caller.staff, params.alertId);
      return { body: { resolved: true } };
    },
  }),
  defineRoute({
    method: "GET",
    path: "/activity",
    operationId: "listActivity",
    summary: "Activity since a cursor (poll with the nextCursor you got)",
    tag: "Activity",
    scope: "events",
    query: listActivityQuery,
    response: pageOf(activitySchema),
    handler: async ({ caller, query }) => ({ body: await listActivityPage(caller.staff, query) }),
  }),
];
