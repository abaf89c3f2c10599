// Development-only secrets (AUTH_SECRET, SSO_ENCRYPTION_KEY), generated once and kept in the git-ignored
// .onward folder, so `npm run dev` needs no keys and keeps sessions and SSO secrets across restarts.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { localStateDir } from "./with-database";

function ensureLocalSecret(variable: string, fileName: string, generate: () => string): void {
  if (process.env[variable]) return;
  const file = path.join(localStateDir, fileName);
  if (!existsSync(file)) {
    mkdirSync(localStateDir, { recursive: true });
    writeFileSync(file, generate(), { mode: 0o600 });
  }
  process.env[variable] = readFileSync(file, "utf8").trim();
}

export function ensureDevAuthSecret(): void {
  ensureLocalSecret("AUTH_SECRET", "auth-secret", () => randomBytes(32).toString("base64url"));
}

export function ensureDevSsoKey(): void {
  ensureLocalSecret("SSO_ENCRYPTION_KEY", "sso-encryption-key", () => randomBytes(32).toString("base64"));
}
