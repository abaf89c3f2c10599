// A development-only AUTH_SECRET, generated once and kept in the git-ignored .onward folder.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { localStateDir } from "./with-database";

export function ensureDevAuthSecret(): void {
  if (process.env.AUTH_SECRET) return;
  const file = path.join(localStateDir, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(localStateDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}
