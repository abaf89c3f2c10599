// Admins create, list and revoke their organization's API keys. The secret is returned once, by create;
// every create and revoke lands in the audit log.
import type { z } from "zod";
import { db } from "../../db";
import { notFound } from "../../errors";
import type { ProvenOrganizationId } from "../../identity/scope";
import { recordAudit } from "@/server/platform";
import type { createApiKeyInput } from "./api-key-input";
import { mintApiKeyToken } from "./api-key-token";

export async function createApiKey(
  organizationId: ProvenOrganizationId,
  actorId: string,
  input: z.infer<typeof createApiKeyInput>,
) {
  const { prefix, token, secretHash } = mintApiKeyToken();
  const key = await db.$transaction(async (tx) => {
    const created = await tx.apiKey.create({
      data: {
        organizationId,
        name: input.name,
        prefix,
        secretHash,
        scopes: input.scopes,
        expiresAt: input.expiresAt ? new Date(input.expiresAt) : null,
        createdById: actorId,
      },
    });
    await recordAudit(
      {
        organizationId,
        actorId,
        action: "apiKey.created",
        targetType: "ApiKey",
        targetId: created.id,
        after: { name: created.name, prefix, scopes: created.scopes, expiresAt: input.expiresAt },
      },
      tx,
    );
    return created;
  });
  return { id: key.id, prefix, token };
}

export async function listApiKeys(organizationId: ProvenOrganizationId) {
  const keys = await db.apiKey.findMany({
    where: { organizationId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      prefix: true,
      scopes: true,
      expiresAt: true,
      createdById: true,
      lastUsedAt: true,
      revokedAt: true,
      createdAt: true,
    },
  });
  const creators = await db.user.findMany({
    where: { id: { in: [...new Set(keys.map((key) => key.createdById))] } },
    select: { id: true, name: true, email: true },
  });
  const byId = new Map(creators.map((user) => [user.id, user]));
  return keys.map(({ createdById, ...key }) => ({ ...key, createdBy: byId.get(createdById) ?? null }));
}

export async function revokeApiKey(organizationId: ProvenOrganizationId, actorId: string, apiKeyId: string) {
  const key = await db.apiKey.findFirst({ where: { id: apiKeyId, organizationId } });
  if (!key) throw notFound("API key");
  if (key.revokedAt) return;
  await db.$transaction(async (tx) => {
    await tx.apiKey.update({ where: { id: key.id }, data: { revokedAt: new Date() } });
    await recordAudit(
      { organizationId, actorId, action: "apiKey.revoked", targetType: "ApiKey", targetId: key.id, before: { name: key.name } },
      tx,
    );
  });
}
