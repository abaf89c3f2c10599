// Saved health weights merge over the defaults factor by factor: a stored object that lacks a factor (one
// added after it was saved) keeps every custom value, and the missing factor takes its default.
import { describe, expect, it } from "vitest";
import { defaultHealthWeights } from "../../lib/success/compute-health";
import { db } from "../../server/db";
import { proveOrganization } from "../../server/identity/scope";
import { getHealthWeights } from "../../server/success/health/update-health-weights";
import { loadHealthInputs } from "../../server/success/health/refresh-health-scores";
import { createOrganization, createStaff } from "../support/factories";

describe("stored health weights", () => {
  it("keep their custom values when a factor is missing or unreadable", async () => {
    const organization = await createOrganization("Weights");
    const admin = await createStaff(organization.id, "ADMIN");
    await db.organization.update({
      where: { id: organization.id },
      data: { healthWeights: { schedule: 40, activity: 5, overdue: 0, checkIn: 30, help: "lots", goals: 10 } },
    });
    const scope = {
      organizationId: proveOrganization(organization.id),
      membershipId: admin.membership.id,
      role: "ADMIN" as const,
    };
    const expected = {
      schedule: 40,
      activity: 5,
      overdue: 0,
      checkIn: 30,
      help: defaultHealthWeights.help,
      goals: 10,
      neglect: defaultHealthWeights.neglect,
    };
    expect(await getHealthWeights(scope)).toEqual({ weights: expected, isDefault: false });
    expect((await loadHealthInputs(organization.id, [], new Date())).weights).toEqual(expected);
  });

  it("are the defaults when nothing is saved", async () => {
    const organization = await createOrganization("Defaults");
    const admin = await createStaff(organization.id, "ADMIN");
    const scope = {
      organizationId: proveOrganization(organization.id),
      membershipId: admin.membership.id,
      role: "ADMIN" as const,
    };
    expect(await getHealthWeights(scope)).toEqual({ weights: defaultHealthWeights, isDefault: true });
  });
});
