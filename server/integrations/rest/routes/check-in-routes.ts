// /accounts/{accountId}/check-ins: the 30/60/90-day check-ins with their answers.
import { z } from "zod";
import { listCheckIns } from "@/server/engagement";
import { proveApiAccount } from "../../api-keys/prove-api-account";
import { defineRoute } from "../define-route";
import { accountParams, checkInSchema } from "../resources/api-schemas";
import { isoOrNull } from "../resources/present";

export const checkInRoutes = [
  defineRoute({
    method: "GET",
    path: "/accounts/{accountId}/check-ins",
    operationId: "listCheckIns",
    summary: "List the account's check-ins with answers",
    tag: "Check-ins",
    scope: "read",
    params: accountParams,
    response: z.object({ data: z.array(checkInSchema) }),
    handler: async ({ caller, params }) => {
      const accountId = await proveApiAccount(caller.staff, params.accountId);
      const checkIns = await listCheckIns({ organizationId: caller.staff.organizationId, accountId });
      return {
        body: {
          data: checkIns.map((checkIn) => ({
            id: checkIn.id,
            dayOffset: checkIn.dayOffset,
            scheduledFor: checkIn.scheduledFor.toISOString(),
            status: checkIn.status,
            sentAt: isoOrNull(checkIn.sentAt),
            answer: checkIn.answer,
            answeredAt: isoOrNull(checkIn.answeredAt),
            comment: checkIn.comment,
          })),
        },
      };
    },
  }),
];
