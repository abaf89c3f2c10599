// The owner's SSO settings: read (never the secret), save, remove. Every change writes an audit entry
// that says what changed, with the secret shown only as "changed".
import type { z } from "zod";
import { db } from "../../db";
import { DomainError } from "../../errors";
import type { Prisma } from "../../generated/prisma/client";
import { recordAudit } from "@/server/platform";
import type { ProvenOrganizationId } from "../scope";
import { allowsHttpLoopback, identityProviderUrlProblem } from "./identity-provider-fetch";
import { requireSsoEncryptionKey, sealClientSecret, ssoEncryptionKey } from "./seal-client-secret";
import type { ssoSettingsInput } from "./sso-settings-schema";
import { ssoCallbackUrl } from "./sso-connection";

type SsoSettings = z.output<typeof ssoSettingsInput>;

async function readConnection(tx: Prisma.TransactionClient, organizationId: string) {
  const connection = await tx.ssoConnection.findUnique({ where: { organizationId } });
  if (!connection) return null;
  const domains = await tx.ssoDomain.findMany({ where: { organizationId }, orderBy: { domain: "asc" } });
  const { clientSecretEncrypted: _secret, createdAt: _created, updatedAt: _updated, organizationId: _id, ...shown } = connection;
  return { ...shown, domains: domains.map((row) => row.domain) };
}

export async function getSsoSettings(organizationId: ProvenOrganizationId) {
  const connection = await readConnection(db, organizationId);
  return {
    // Without the key nothing can be stored or used: the page explains how to enable it.
    available: ssoEncryptionKey() !== null,
    allowsHttpLoopback: allowsHttpLoopback(),
    callbackUrl: ssoCallbackUrl(organizationId),
    connection: connection && { ...connection, clientSecretSet: true },
  };
}

function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown>) {
  return Object.keys(after).filter((key) => JSON.stringify(before?.[key]) !== JSON.stringify(after[key]));
}

export async function saveSsoSettings(organizationId: ProvenOrganizationId, input: SsoSettings, actorId: string) {
  const key = requireSsoEncryptionKey();
  const problem = identityProviderUrlProblem(input.issuer, allowsHttpLoopback());
  if (problem) throw new DomainError("BAD_REQUEST", problem);
  return db.$transaction(async (tx) => {
    // Serialises concurrent saves of one organization's SSO (and its domain claims).
    await tx.$queryRaw`SELECT id FROM "Organization" WHERE id = ${organizationId} FOR UPDATE`;
    const before = await readConnection(tx, organizationId);
    if (!before && !input.clientSecret) throw new DomainError("BAD_REQUEST", "Enter the client secret");
    const taken = await tx.ssoDomain.findMany({
      where: { domain: { in: input.domains }, organizationId: { not: organizationId } },
      select: { domain: true },
    });
    if (taken.length > 0) {
      throw new DomainError(
        "CONFLICT",
        `${taken.map((row) => row.domain).join(", ")} already signs in through another organization.`,
      );
    }
    const { clientSecret, domains, ...fields } = input;
    if (clientSecret) {
      const clientSecretEncrypted = sealClientSecret(clientSecret, organizationId, key);
      await tx.ssoConnection.upsert({
        where: { organizationId },
        create: { organizationId, ...fields, clientSecretEncrypted },
        update: { ...fields, clientSecretEncrypted },
      });
    } else {
      await tx.ssoConnection.update({ where: { organizationId }, data: fields });
    }
    await tx.ssoDomain.deleteMany({ where: { organizationId, domain: { notIn: domains } } });
    const added = domains.filter((domain) => !before?.domains.includes(domain));
    // No skipDuplicates: a domain another organization claimed a moment ago must fail this save.
    await tx.ssoDomain.createMany({ data: added.map((domain) => ({ domain, organizationId })) }).catch((error: unknown) => {
      if ((error as { code?: string }).code === "P2002")
        throw new DomainError("CONFLICT", "One of these domains was just claimed by another organization.");
      throw error;
    });
    const after = { ...fields, domains: [...domains].sort() };
    const changed = changedFields(before, after);
    if (changed.length > 0 || clientSecret) {
      await recordAudit(
        {
          organizationId,
          actorId,
          action: before ? "sso.updated" : "sso.created",
          targetType: "SsoConnection",
          targetId: organizationId,
          before: before ? Object.fromEntries(changed.map((field) => [field, before[field as keyof typeof before]])) : {},
          after: {
            ...Object.fromEntries(changed.map((field) => [field, after[field as keyof typeof after]])),
            ...(clientSecret ? { clientSecret: "changed" } : {}),
          },
        },
        tx,
      );
    }
    return readConnection(tx, organizationId);
  });
}

export async function removeSsoSettings(organizationId: ProvenOrganizationId, actorId: string) {
  await db.$transaction(async (tx) => {
    const before = await readConnection(tx, organizationId);
    if (!before) return;
    await tx.ssoDomain.deleteMany({ where: { organizationId } });
    await tx.ssoConnection.delete({ where: { organizationId } });
    await recordAudit(
      { organizationId, actorId, action: "sso.removed", targetType: "SsoConnection", targetId: organizationId, before },
      tx,
    );
  });
  return { removed: true };
}
