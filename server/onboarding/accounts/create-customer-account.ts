// Creating an account starts its onboarding: its own copy of the plan, its check-ins scheduled and its
// champion invited. Its id is only known once created, so it records account.created itself and settles
// (first health score, alerts) after commit instead of going through changeAccount.
import { z } from "zod";
import { kickoffDateField } from "../../../lib/dates/calendar-date";
import { db } from "../../db";
import { DomainError, notFound } from "../../errors";
import type { ProvenOrganizationId } from "../../identity/scope";
import { recordActivity } from "@/server/platform";
import { scheduleCheckIns } from "@/server/engagement";
import { inviteCustomer } from "@/server/identity";
import { enforceAbuseLimit } from "../../security/abuse-limits";
import { copyPlanFromTemplate } from "./copy-plan-from-template";
import { calendarDate, isValidTimeZone } from "@/lib/time";
import { recordAccountEvents, settleAccount } from "@/server/success";

export const createAccountInput = z.object({
  name: z.string().trim().normalize("NFC").min(1, "Give the account a name").max(120, "Keep the name under 120 characters"),
  templateId: z.string().min(1).max(64).nullable(),
  kickoffDate: kickoffDateField,
  timezone: z.string().max(64).refine(isValidTimeZone, "Unknown time zone").default("UTC"),
  csmMembershipId: z.string().min(1).max(64).nullable(),
  championEmail: z.email("Enter the champion's email address").max(254).toLowerCase(),
  // Stored on the champion's invitation and given to their user when they first sign in.
  championName: z.string().trim().normalize("NFC").max(120, "Keep the name under 120 characters").optional(),
  // The CRM's id for the account; unique per organization (the REST API upserts on it).
  externalId: z.string().trim().min(1).max(128).nullable().default(null),
});
export type CreateAccountInput = z.input<typeof createAccountInput>;

export async function createCustomerAccount(
  organizationId: ProvenOrganizationId,
  rawInput: CreateAccountInput,
  actor: { id: string; name: string | null } | null,
  options: { sendInvitation?: boolean } = {},
) {
  const input = createAccountInput.parse(rawInput);
  const organization = await db.organization.findUniqueOrThrow({ where: { id: organizationId } });
  const templateVersion = input.templateId
    ? await db.templateVersion.findFirst({
        where: { templateId: input.templateId, template: { organizationId } },
        orderBy: { version: "desc" },
      })
    : null;
  if (input.templateId && !templateVersion) throw new DomainError("BAD_REQUEST", "That template has no published version yet.");
  if (input.csmMembershipId) {
    const csm = await db.membership.findFirst({ where: { id: input.csmMembershipId, organizationId } });
    if (!csm) throw notFound("CSM");
  }
  // The champion's invitation is an email: counted before anything is created.
  if (options.sendInvitation !== false) await enforceAbuseLimit("invitation", { person: actor?.id, tenant: organizationId });

  const account = await db.$transaction(async (tx) => {
    const created = await tx.customerAccount.create({
      data: {
        organizationId,
        name: input.name,
        kickoffDate: calendarDate(input.kickoffDate),
        timezone: input.timezone,
        csmMembershipId: input.csmMembershipId,
        templateVersionId: templateVersion?.id ?? null,
        externalId: input.externalId,
      },
    });
    if (templateVersion) await copyPlanFromTemplate(tx, created, templateVersion.snapshot);
    await scheduleCheckIns(tx, created, organization);
    await recordActivity(
      {
        organizationId,
        customerAccountId: created.id,
        actorId: actor?.id ?? null,
        actorKind: actor ? "STAFF" : "SYSTEM",
        type: "account.created",
        data: { templateVersion: templateVersion?.version ?? null, kickoffDate: input.kickoffDate },
      },
      tx,
    );
    await recordAccountEvents(tx, [
      {
        type: "account.created",
        organizationId,
        accountId: created.id,
        data: { accountId: created.id, name: created.name, externalId: null },
      },
    ]);
    return created;
  });

  await inviteCustomer(
    organizationId,
    { accountId: account.id, email: input.championEmail, name: input.championName, role: "CHAMPION" },
    actor,
    { ...options, limitCounted: true },
  );
  await settleAccount({ organizationId, accountId: account.id });
  return account;
}
