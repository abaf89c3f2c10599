// Test factories: build tenants, people and accounts the way the app does, and callers that stand in
// for a signed-in person (the procedure chain still proves everything else from the database).
import { randomUUID } from "node:crypto";
import { db } from "../../server/db";
import type { AccountRole, StaffRole } from "../../server/generated/prisma/enums";
import { appRouter } from "../../server/routers/_app";
import { createAccountInput } from "../../server/onboarding/accounts/create-customer-account";
import { copyPlanFromTemplate } from "../../server/onboarding/accounts/copy-plan-from-template";
import { scheduleCheckIns } from "../../server/engagement/checkins/schedule-check-ins";
import { publishTemplateVersion } from "../../server/onboarding/templates/publish-template-version";
import { createContextForUser } from "../../server/trpc/context";
import { createCallerFactory } from "../../server/trpc/init";
import { proveOrganization } from "../../server/identity/scope";
import { calendarDate } from "@/lib/time";

const unique = () => randomUUID().slice(0, 8);
const createCaller = createCallerFactory(appRouter);

export type TestUser = { id: string; email: string; name: string | null };

export async function createUser(prefix = "person"): Promise<TestUser> {
  return db.user.create({
    data: { email: `${prefix}-${unique()}@example.test`, name: `${prefix} ${unique()}` },
    select: { id: true, email: true, name: true },
  });
}

export async function createOrganization(name = "Vendor") {
  return db.organization.create({ data: { name: `${name} ${unique()}`, slug: `org-${unique()}` } });
}

export async function createStaff(organizationId: string, role: StaffRole) {
  const user = await createUser(role.toLowerCase());
  const membership = await db.membership.create({ data: { organizationId, userId: user.id, role } });
  return { user, membership };
}

export async function createTemplate(
  organizationId: string,
  milestones: {
    title: string;
    tasks: {
      title: string;
      owner?: "CUSTOMER" | "VENDOR";
      dueOffsetDays?: number;
      kind?: "ACTION" | "TUTORIAL" | "QUESTION" | "MEETING";
      tutorialId?: string;
      meetingUrl?: string;
      questionPrompt?: string;
      required?: boolean;
    }[];
  }[],
) {
  const template = await db.checklistTemplate.create({
    data: {
      organizationId,
      name: `Template ${unique()}`,
      milestones: {
        create: milestones.map((milestone, mIndex) => ({
          title: milestone.title,
          position: mIndex,
          tasks: {
            create: milestone.tasks.map((task, tIndex) => ({
              title: task.title,
              owner: task.owner ?? "CUSTOMER",
              kind: task.kind ?? "ACTION",
              dueOffsetDays: task.dueOffsetDays ?? tIndex * 3,
              position: tIndex,
              tutorialId: task.tutorialId ?? null,
              meetingUrl: task.meetingUrl ?? null,
              questionPrompt: task.questionPrompt ?? null,
              required: task.required ?? true,
            })),
          },
        })),
      },
    },
  });
  const version = await publishTemplateVersion(proveOrganization(organizationId), template.id, null);
  return { template, version };
}

// An account with its plan copied from a template version and its check-ins scheduled, without email.
export async function createAccount(
  organizationId: string,
  options: { name?: string; templateVersionId?: string; kickoffDate?: string; csmMembershipId?: string } = {},
) {
  const organization = await db.organization.findUniqueOrThrow({ where: { id: organizationId } });
  const input = createAccountInput.parse({
    name: options.name ?? `Customer ${unique()}`,
    templateId: null,
    kickoffDate: options.kickoffDate ?? new Date().toISOString().slice(0, 10),
    csmMembershipId: options.csmMembershipId ?? null,
    championEmail: "unused@example.test",
  });
  return db.$transaction(async (tx) => {
    const account = await tx.customerAccount.create({
      data: {
        organizationId,
        name: input.name,
        kickoffDate: calendarDate(input.kickoffDate),
        csmMembershipId: input.csmMembershipId,
        templateVersionId: options.templateVersionId ?? null,
      },
    });
    if (options.templateVersionId) {
      const version = await tx.templateVersion.findUniqueOrThrow({ where: { id: options.templateVersionId } });
      await copyPlanFromTemplate(tx, account, version.snapshot);
    }
    await scheduleCheckIns(tx, account, organization);
    return account;
  });
}

export async function createCustomer(account: { id: string; organizationId: string }, role: AccountRole = "CHAMPION") {
  const user = await createUser(role.toLowerCase());
  const member = await db.accountMember.create({
    data: { organizationId: account.organizationId, customerAccountId: account.id, userId: user.id, role },
  });
  return { user, member };
}

// A tutorial with one published version (as publishing in the admin does); status defaults to PUBLISHED.
export async function createTutorial(
  organizationId: string,
  options: { title?: string; body?: string; status?: "DRAFT" | "PUBLISHED" | "ARCHIVED"; minutes?: number } = {},
) {
  const title = options.title ?? `Tutorial ${unique()}`;
  const body = options.body ?? "## Welcome\n\nRead this first.";
  return db.tutorial.create({
    data: {
      organizationId,
      title,
      bodyMarkdown: body,
      estimatedMinutes: options.minutes ?? 3,
      status: options.status ?? "PUBLISHED",
      versions: { create: { version: 1, title, bodyMarkdown: body, estimatedMinutes: options.minutes ?? 3 } },
    },
  });
}

export function callerFor(user: TestUser | null, hints: { organizationHint?: string; accountHint?: string } = {}) {
  return createCaller(createContextForUser(user, hints));
}

// Two complete tenants: the usual cast for isolation tests.
export async function createTwoTenants() {
  const build = async (label: string) => {
    const organization = await createOrganization(label);
    const owner = await createStaff(organization.id, "OWNER");
    const admin = await createStaff(organization.id, "ADMIN");
    const csm = await createStaff(organization.id, "CSM");
    const { version } = await createTemplate(organization.id, [
      { title: "Kickoff", tasks: [{ title: "Say hello" }, { title: "Prepare workspace", owner: "VENDOR" }] },
      { title: "Setup", tasks: [{ title: "Connect data" }] },
    ]);
    const account = await createAccount(organization.id, { templateVersionId: version.id, csmMembershipId: csm.membership.id });
    const otherAccount = await createAccount(organization.id, {
      templateVersionId: version.id,
      csmMembershipId: csm.membership.id,
    });
    const champion = await createCustomer(account, "CHAMPION");
    const member = await createCustomer(account, "MEMBER");
    const otherChampion = await createCustomer(otherAccount, "CHAMPION");
    return { organization, owner, admin, csm, version, account, otherAccount, champion, member, otherChampion };
  };
  return { victim: await build("Victim"), attacker: await build("Attacker") };
}
