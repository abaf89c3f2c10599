// /accounts/{accountId}/people: the customer's people, and inviting one (an email with a sign-in link).
import { z } from "zod";
import { inviteCustomer, inviteCustomerInput } from "@/server/identity";
import { proveApiAccount } from "../../api-keys/prove-api-account";
import { defineRoute } from "../define-route";
import { accountParams, invitationSchema, personSchema } from "../resources/api-schemas";
import { listAccountPeople } from "../resources/account-people-resource";

export const peopleRoutes = [
  defineRoute({
    method: "GET",
    path: "/accounts/{accountId}/people",
    operationId: "listPeople",
    summary: "List the account's people and pending invitations",
    tag: "People",
    scope: "read",
    params: accountParams,
    response: z.object({ data: z.array(personSchema), invitations: z.array(invitationSchema) }),
    handler: async ({ caller, params }) => ({
      body: await listAccountPeople(await proveApiAccount(caller.staff, params.accountId)),
    }),
  }),
  defineRoute({
    method: "POST",
    path: "/accounts/{accountId}/people",
    operationId: "invitePerson",
    summary: "Invite a person to the account (409 if already a member)",
    tag: "People",
    scope: "write",
    params: accountParams,
    body: inviteCustomerInput,
    response: invitationSchema,
    handler: async ({ caller, params, body }) => {
      const accountId = await proveApiAccount(caller.staff, params.accountId);
      const invitation = await inviteCustomer(
        caller.staff.organizationId,
        { ...body, accountId },
        { id: caller.userId, name: null },
      );
      return {
        status: 201,
        body: {
          id: invitation.id,
          email: invitation.email,
          role: invitation.accountRole ?? body.role,
          expiresAt: invitation.expiresAt.toISOString(),
        },
      };
    },
  }),
];
