// Writes one audit entry: who changed what in an organization's content or settings, before and after.
import type { Prisma } from "../../generated/prisma/client";
import { db } from "../../db";

export type AuditInput = {
  organizationId: string;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

export async function recordAudit(entry: AuditInput, tx: Pick<Prisma.TransactionClient, "auditLog"> = db): Promise<void> {
  await tx.auditLog.create({ data: entry });
}
