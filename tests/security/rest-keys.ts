// API keys for the REST suites: the victim's in every state a key can be in, and another organization's.
import { db } from "../../server/db";
import { proveOrganization } from "../../server/identity/scope";
import type { ApiKeyScope } from "../../server/integrations/api-keys/api-key-input";
import { createApiKey } from "../../server/integrations/api-keys/manage-api-keys";
import type { World } from "./world";

const allScopes: ApiKeyScope[] = ["read", "write", "events"];

async function keyFor(organizationId: string, userId: string, scopes: ApiKeyScope[] = allScopes) {
  const created = await createApiKey(proveOrganization(organizationId), userId, { name: "Test key", scopes, expiresAt: null });
  return created;
}

export async function buildRestKeys(world: World) {
  const { victim, attacker } = world;
  const full = await keyFor(victim.organization.id, victim.admin.user.id);
  const revoked = await keyFor(victim.organization.id, victim.admin.user.id);
  await db.apiKey.update({ where: { id: revoked.id }, data: { revokedAt: new Date() } });
  const expired = await keyFor(victim.organization.id, victim.admin.user.id);
  await db.apiKey.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
  const other = await keyFor(attacker.organization.id, attacker.admin.user.id);
  // For each scope, a victim key holding every scope but that one.
  const without = Object.fromEntries(
    await Promise.all(
      allScopes.map(async (scope) => [
        scope,
        (
          await keyFor(
            victim.organization.id,
            victim.admin.user.id,
            allScopes.filter((s) => s !== scope),
          )
        ).token,
      ]),
    ),
  ) as Record<ApiKeyScope, string>;
  return {
    full: full.token,
    revoked: revoked.token,
    expired: expired.token,
    other: other.token,
    without,
    // Right shape, unknown prefix; and a string that is no key at all.
    unknown: `onw_000000000000_${"A".repeat(43)}`,
    malformed: "not-a-key",
  };
}
