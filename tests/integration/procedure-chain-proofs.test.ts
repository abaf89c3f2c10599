// The chain proves membership and account once per request: the CSM account page runs seven procedures
// through one context (serverApi) and must not re-prove the same things seven times.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../server/db";
import { appRouter } from "../../server/routers/_app";
import { createContextForUser, type TrpcContext } from "../../server/trpc/context";
import { createCallerFactory } from "../../server/trpc/init";
import { createTwoTenants } from "../support/factories";

const createCaller = createCallerFactory(appRouter);
let tenants: Awaited<ReturnType<typeof createTwoTenants>>;

beforeAll(async () => {
  tenants = await createTwoTenants();
});

// A context whose client counts the queries made through it, by model and operation.
function countingContext(user: TrpcContext["user"]) {
  const counts = new Map<string, number>();
  const context = createContextForUser(user);
  const counted = db.$extends({
    query: {
      $allOperations({ model, operation, args, query }) {
        const key = `${model}.${operation}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
        return query(args);
      },
    },
  });
  context.db = counted as unknown as typeof db;
  return { context, counts };
}

// What app/(csm)/workspace/accounts/[accountId]/page.tsx loads.
async function loadAccountPage(callerFor: () => ReturnType<typeof createCaller>, accountId: string) {
  await Promise.all([
    callerFor().account.overview({ accountId }),
    callerFor().goals.listForAccount({ accountId }),
    callerFor().account.health({ accountId }),
    callerFor().account.alerts({ accountId }),
    callerFor().account.notes({ accountId }),
    callerFor().invitations.listForAccount({ accountId }),
    callerFor().portfolio.formOptions(),
  ]);
}

describe("proofs per request", () => {
  it("proves membership once and the account once for the whole account page", async () => {
    const { context, counts } = countingContext(tenants.victim.csm.user);
    const caller = createCaller(context);
    await loadAccountPage(() => caller, tenants.victim.account.id);
    expect(counts.get("Membership.findFirst")).toBe(1);
    expect(counts.get("CustomerAccount.findFirst")).toBe(1);
  });

  it("proves again in another request (each context is one request)", async () => {
    // Seven requests: seven membership proofs and six account proofs (formOptions needs no account).
    const shared = countingContext(tenants.victim.csm.user);
    const requests = () => createCaller({ ...shared.context, proofs: new Map() });
    await loadAccountPage(requests, tenants.victim.account.id);
    expect(shared.counts.get("Membership.findFirst")).toBe(7);
    expect(shared.counts.get("CustomerAccount.findFirst")).toBe(6);
  });

  it("does not let a cached proof leak to another account or another organization's account", async () => {
    const caller = createCaller(createContextForUser(tenants.victim.csm.user));
    await caller.account.notes({ accountId: tenants.victim.account.id });
    await expect(caller.account.notes({ accountId: tenants.attacker.account.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(caller.account.notes({ accountId: tenants.victim.otherAccount.id })).resolves.toBeDefined();
  });

  it("keeps champion-only actions on their own rung", async () => {
    const member = createCaller(createContextForUser(tenants.victim.member.user));
    await expect(member.accountTeam.invite({ email: "colleague@example.test" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const champion = createCaller(createContextForUser(tenants.victim.champion.user));
    await expect(champion.accountTeam.invite({ email: "colleague@example.test" })).resolves.toMatchObject({
      email: "colleague@example.test",
    });
  });
});
