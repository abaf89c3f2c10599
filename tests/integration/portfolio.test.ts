// The CSM portfolio: server-side filters, sort, search and pagination on seeded data; tenant and role
// isolation; creating an account starts its plan and check-ins.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../server/db";
import {
  callerFor,
  createAccount,
  createCustomer,
  createOrganization,
  createStaff,
  createTemplate,
  createTwoTenants,
} from "../support/factories";

const now = new Date();
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
const isoDaysAgo = (days: number) => daysAgo(days).toISOString().slice(0, 10);

let setup: Awaited<ReturnType<typeof build>>;

async function build() {
  const organization = await createOrganization("Portfolio");
  const alice = await createStaff(organization.id, "CSM");
  const bob = await createStaff(organization.id, "CSM");
  const admin = await createStaff(organization.id, "ADMIN");
  const { template, version } = await createTemplate(organization.id, [
    {
      title: "Start",
      tasks: [
        { title: "One", dueOffsetDays: 1 },
        { title: "Two", dueOffsetDays: 3 },
      ],
    },
  ]);
  const make = async (
    name: string,
    csm: typeof alice,
    kickoffDaysAgo: number,
    lastActivityDaysAgo: number | null,
    health: number,
  ) => {
    const account = await createAccount(organization.id, {
      name,
      templateVersionId: version.id,
      kickoffDate: isoDaysAgo(kickoffDaysAgo),
      csmMembershipId: csm.membership.id,
    });
    await db.customerAccount.update({
      where: { id: account.id },
      data: {
        healthScore: health,
        lastCustomerActivityAt: lastActivityDaysAgo === null ? null : daysAgo(lastActivityDaysAgo),
        lastVendorTouchAt: daysAgo(1),
      },
    });
    return account;
  };
  const accounts = {
    apex: await make("Apex", alice, 1, 0, 90),
    birch: await make("Birch", alice, 20, 15, 30),
    cedar: await make("Cedar", alice, 2, 1, 65),
    delta: await make("Delta", bob, 30, 25, 20),
    elm: await make("Elm Paused", alice, 40, 35, 10),
  };
  await db.customerAccount.update({ where: { id: accounts.elm.id }, data: { status: "PAUSED" } });
  return { organization, alice, bob, admin, template, accounts };
}

beforeAll(async () => {
  setup = await build();
});

const names = (result: { rows: { name: string }[] }) => result.rows.map((row) => row.name);

describe("portfolio.list", () => {
  it("shows a CSM their own accounts by default, sorted by health (worst first)", async () => {
    const result = await callerFor(setup.alice.user).portfolio.list({});
    expect(names(result)).toEqual(["Elm Paused", "Birch", "Cedar", "Apex"]);
    expect(result.total).toBe(4);
  });

  it("shows every account of the organization with scope 'all'", async () => {
    const result = await callerFor(setup.alice.user).portfolio.list({ scope: "all", sort: "name" });
    expect(names(result)).toEqual(["Apex", "Birch", "Cedar", "Delta", "Elm Paused"]);
  });

  it("filters at-risk and stalled accounts, ignoring paused ones", async () => {
    const csm = callerFor(setup.alice.user);
    expect(names(await csm.portfolio.list({ scope: "all", filter: "atRisk" }))).toEqual(["Delta", "Birch"]);
    const stalled = await csm.portfolio.list({ scope: "all", filter: "stalled", sort: "name" });
    expect(names(stalled)).toEqual(["Birch", "Delta"]);
    expect(stalled.rows.every((row) => row.scheduleStatus === "behind-and-idle")).toBe(true);
  });

  it("reports overdue tasks, schedule status and recency per row", async () => {
    const result = await callerFor(setup.alice.user).portfolio.list({ scope: "all", sort: "name" });
    const byName = Object.fromEntries(result.rows.map((row) => [row.name, row]));
    expect(byName.Apex).toMatchObject({ overdueTasks: 0, scheduleStatus: "on-track", daysSinceCustomerActivity: 0 });
    expect(byName.Birch).toMatchObject({ overdueTasks: 2, scheduleStatus: "behind-and-idle", daysSinceCustomerActivity: 15 });
    expect(byName["Elm Paused"]).toMatchObject({ scheduleStatus: "paused" });
    expect(byName.Apex!.nextCheckInAt).toBeInstanceOf(Date);
  });

  it("searches by name, filters by status and template, and paginates", async () => {
    const csm = callerFor(setup.alice.user);
    expect(names(await csm.portfolio.list({ scope: "all", search: "ced" }))).toEqual(["Cedar"]);
    expect(names(await csm.portfolio.list({ scope: "all", status: "PAUSED" }))).toEqual(["Elm Paused"]);
    expect((await csm.portfolio.list({ scope: "all", templateId: setup.template.id })).total).toBe(5);
    const first = await csm.portfolio.list({ scope: "all", sort: "name", pageSize: 2, page: 1 });
    const third = await csm.portfolio.list({ scope: "all", sort: "name", pageSize: 2, page: 3 });
    expect([names(first), names(third), first.total]).toEqual([["Apex", "Birch"], ["Elm Paused"], 5]);
    expect(names(await csm.portfolio.list({ scope: "all", sort: "name", direction: "desc", pageSize: 1 }))).toEqual([
      "Elm Paused",
    ]);
  });

  it("treats search text literally", async () => {
    expect((await callerFor(setup.alice.user).portfolio.list({ scope: "all", search: "%" })).total).toBe(0);
  });

  it("rejects customers, strangers and out-of-range input", async () => {
    const customer = await createCustomer(setup.accounts.apex);
    await expect(callerFor(customer.user).portfolio.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(null).portfolio.list({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(callerFor(setup.alice.user).portfolio.list({ pageSize: 1000 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("tenant isolation", () => {
  it("never shows another organization's accounts, whatever the filters", async () => {
    const { attacker, victim } = await createTwoTenants();
    const result = await callerFor(attacker.owner.user).portfolio.list({ scope: "all", pageSize: 100 });
    const ids = result.rows.map((row) => row.id);
    expect(ids).not.toContain(victim.account.id);
    await expect(
      callerFor(attacker.owner.user).portfolio.list({ scope: "all", templateId: setup.template.id }),
    ).resolves.toMatchObject({ total: 0 });
  });
});

describe("portfolio.createAccount", () => {
  it("creates the account with its plan, check-ins and an invitation to the champion", async () => {
    const csm = callerFor(setup.alice.user);
    const { id } = await csm.portfolio.createAccount({
      name: "Fresh Co",
      templateId: setup.template.id,
      kickoffDate: "2026-12-01",
      timezone: "Europe/Berlin",
      csmMembershipId: setup.alice.membership.id,
      championEmail: "Champion@Fresh.example",
    });
    const account = await db.customerAccount.findUniqueOrThrow({ where: { id }, include: { tasks: true, checkIns: true } });
    expect(account.tasks).toHaveLength(2);
    expect(account.checkIns.map((checkIn) => checkIn.dayOffset).sort()).toEqual([30, 60, 90]);
    // 9:00 in Berlin on day 30 (winter time, UTC+1).
    expect(account.checkIns.find((checkIn) => checkIn.dayOffset === 30)?.scheduledFor.toISOString()).toBe(
      "2026-12-31T08:00:00.000Z",
    );
    const invitation = await db.invitation.findFirstOrThrow({ where: { customerAccountId: id } });
    expect(invitation).toMatchObject({ email: "champion@fresh.example", accountRole: "CHAMPION" });
  });

  it("rejects a template or CSM from another organization and creates nothing", async () => {
    const other = await createOrganization("Other");
    const { template } = await createTemplate(other.id, [{ title: "X", tasks: [{ title: "Y" }] }]);
    const otherCsm = await createStaff(other.id, "CSM");
    const before = await db.customerAccount.count();
    const base = { name: "Sneaky", kickoffDate: "2026-12-01", championEmail: "c@example.test" };
    await expect(
      callerFor(setup.alice.user).portfolio.createAccount({ ...base, templateId: template.id, csmMembershipId: null }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      callerFor(setup.alice.user).portfolio.createAccount({ ...base, templateId: null, csmMembershipId: otherCsm.membership.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      callerFor(setup.alice.user).portfolio.createAccount({
        ...base,
        templateId: null,
        csmMembershipId: null,
        kickoffDate: "next week",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await db.customerAccount.count()).toBe(before);
  });
});
