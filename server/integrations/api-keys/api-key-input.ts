// Inputs for managing API keys (shared by the tRPC procedures and the admin page; no Prisma here).
import { z } from "zod";

// read: every GET. write: changes (create accounts, complete tasks...). events: the activity feed for sync.
export const apiKeyScopes = ["read", "write", "events"] as const;
export type ApiKeyScope = (typeof apiKeyScopes)[number];

export const createApiKeyInput = z.object({
  name: z.string().trim().min(1, "Name the key after what uses it, e.g. HubSpot").max(80),
  scopes: z.array(z.enum(apiKeyScopes)).min(1, "Choose at least one scope").max(3),
  expiresAt: z.iso.datetime({ offset: true, error: "Use a time like 2027-06-01T00:00:00Z" }).nullable().default(null),
});

export const apiKeyIdInput = z.object({ apiKeyId: z.string().min(1).max(64) });
