// The API-key gate: the REST counterpart of the procedure chain. It proves the same things the chain
// proves for a signed-in staff member (organization, membership, role) and mints the same branded
// StaffScope, so services cannot tell an API call from a click. The key acts with the membership of the
// admin who created it: removing that person from the organization stops their keys too.
import { db } from "../../db";
import { proveOrganization, proveUser, type Actor, type StaffScope } from "../../identity/scope";
import { recordAudit } from "@/server/platform";
import type { ApiKeyScope } from "./api-key-input";
import { parseApiKeyToken, secretMatches } from "./api-key-token";

export type ApiCaller = {
  staff: StaffScope;
  userId: string;
  // The key acts as the admin who created it, like a signed-in staff member would.
  actor: Actor;
  apiKeyId: string;
  scopes: readonly ApiKeyScope[];
};

export type GateFailure = { status: 401 | 403; title: string; detail: string };

const unauthorized = (detail: string): GateFailure => ({ status: 401, title: "Unauthorized", detail });

// lastUsedAt is written at most once a minute per key, so a busy integration does not write on every read.
const lastUsedResolutionMs = 60_000;

export async function authenticateApiKey(
  authorization: string | null,
  needed: ApiKeyScope,
  now = new Date(),
): Promise<ApiCaller | GateFailure> {
  const bearer = authorization?.match(/^Bearer (\S+)$/)?.[1];
  if (!bearer) return unauthorized("Send your API key as Authorization: Bearer onw_...");
  const parsed = parseApiKeyToken(bearer);
  if (!parsed) return unauthorized("That is not an Onward API key.");
  const key = await db.apiKey.findUnique({ where: { prefix: parsed.prefix } });
  if (!key || !secretMatches(parsed.secret, key.secretHash)) return unauthorized("That API key is not valid.");

  const refuse = async (reason: string, failure: GateFailure) => {
    await recordAudit({
      organizationId: key.organizationId,
      actorId: null,
      action: "apiKey.rejected",
      targetType: "ApiKey",
      targetId: key.id,
      after: { reason, scope: needed },
    });
    return failure;
  };
  if (key.revokedAt) return refuse("revoked", unauthorized("That API key has been revoked."));
  if (key.expiresAt && key.expiresAt <= now) return refuse("expired", unauthorized("That API key has expired."));
  const membership = await db.membership.findUnique({
    where: { organizationId_userId: { organizationId: key.organizationId, userId: key.createdById } },
  });
  if (!membership || membership.role === "CSM") {
    return refuse("creator-gone", unauthorized("The admin who created this API key is no longer an admin here."));
  }
  if (!key.scopes.includes(needed)) {
    return refuse("scope", { status: 403, title: "Forbidden", detail: `This API key lacks the "${needed}" scope.` });
  }
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > lastUsedResolutionMs) {
    await db.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: now } });
  }
  return {
    staff: { organizationId: proveOrganization(key.organizationId), membershipId: membership.id, role: membership.role },
    userId: key.createdById,
    actor: { id: proveUser(key.createdById), kind: "STAFF" },
    apiKeyId: key.id,
    scopes: key.scopes as ApiKeyScope[],
  };
}
