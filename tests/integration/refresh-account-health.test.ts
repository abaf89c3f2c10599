// Many people acting at once share health refreshes; each of them still sees their account rescored
// by the time their call returns.
import { describe, expect, it } from "vitest";
import { db } from "../../server/db";
import { refreshAccountHealth } from "../../server/success/health/refresh-account-health";
import { refreshHealthScores } from "../../server/success/health/refresh-health-scores";
import { createAccount, createOrganization } from "../support/factories";

const scoresOf = async (ids: string[]) =>
  (await db.customerAccount.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } })).map(
    (account) => account.healthScore,
  );

describe("refreshAccountHealth", () => {
  it("rescores every account of concurrent callers before their calls return, as a full refresh would", async () => {
    const organization = await createOrganization();
    const accounts = await Promise.all(Array.from({ length: 8 }, () => createAccount(organization.id)));
    const ids = accounts.map((account) => account.id);
    expect(await scoresOf(ids)).toEqual(ids.map(() => null));

    await Promise.all(ids.map((id) => refreshAccountHealth(organization.id, id)));
    const shared = await scoresOf(ids);
    expect(shared.every((score) => typeof score === "number")).toBe(true);

    await db.customerAccount.updateMany({ where: { id: { in: ids } }, data: { healthScore: null } });
    await refreshHealthScores(organization.id, ids);
    expect(await scoresOf(ids)).toEqual(shared);
  });

  it("sees a change made while an earlier refresh of the organization was still running", async () => {
    const organization = await createOrganization();
    const [first, second] = await Promise.all([createAccount(organization.id), createAccount(organization.id)]);
    const running = refreshAccountHealth(organization.id, first.id);
    // Pausing takes the account out of scoring: its score must end up cleared, not the pre-pause number.
    await db.customerAccount.update({ where: { id: second.id }, data: { status: "PAUSED", healthScore: 42 } });
    await Promise.all([running, refreshAccountHealth(organization.id, second.id)]);
    expect((await db.customerAccount.findUniqueOrThrow({ where: { id: second.id } })).healthScore).toBeNull();
  });
});
