// Organizations tune what health means to them; the defaults apply until they do.
import { db } from "../../db";
import { Prisma } from "../../generated/prisma/client";
import { DomainError } from "../../errors";
import type { StaffScope } from "../../identity/scope";
import { recordAudit } from "@/server/platform";
import { defaultHealthWeights, mergeHealthWeights, type HealthWeights } from "@/lib/success/compute-health";
import { refreshHealthScores } from "./refresh-health-scores";

export async function getHealthWeights(scope: StaffScope): Promise<{ weights: HealthWeights; isDefault: boolean }> {
  const organization = await db.organization.findUniqueOrThrow({
    where: { id: scope.organizationId },
    select: { healthWeights: true },
  });
  return mergeHealthWeights(organization.healthWeights);
}

export async function updateHealthWeights(scope: StaffScope, actorId: string, weights: HealthWeights | null) {
  if (weights && Object.values(weights).every((weight) => weight === 0)) {
    throw new DomainError("BAD_REQUEST", "At least one factor needs a weight above zero.");
  }
  const before = await getHealthWeights(scope);
  await db.organization.update({ where: { id: scope.organizationId }, data: { healthWeights: weights ?? Prisma.DbNull } });
  await recordAudit({
    organizationId: scope.organizationId,
    actorId,
    action: "settings.health-weights-changed",
    targetType: "Organization",
    targetId: scope.organizationId,
    before: before.weights,
    after: weights ?? defaultHealthWeights,
  });
  await refreshHealthScores(scope.organizationId);
}
