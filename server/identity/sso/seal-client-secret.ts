// Client secrets of identity providers are stored sealed with AES-256-GCM under SSO_ENCRYPTION_KEY.
// The organization id is the associated data, so a sealed secret copied to another organization's row
// does not open there. Format: "v1.<iv>.<tag>.<ciphertext>", each part base64url.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { DomainError } from "../../errors";
import { getEnv } from "../../env";

const version = "v1";

export function sealClientSecret(secret: string, organizationId: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(organizationId, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return [version, iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

export function openClientSecret(sealed: string, organizationId: string, key: Buffer): string {
  const [tag, iv, authTag, ciphertext] = sealed.split(".");
  if (tag !== version || !iv || !authTag || ciphertext === undefined) throw new Error("Unknown sealed secret format");
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(organizationId, "utf8"));
  decipher.setAuthTag(Buffer.from(authTag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
}

// The key from the environment, or null when SSO is not available on this server.
export function ssoEncryptionKey(): Buffer | null {
  const key = getEnv().SSO_ENCRYPTION_KEY;
  return key ? Buffer.from(key, "base64") : null;
}

export function requireSsoEncryptionKey(): Buffer {
  const key = ssoEncryptionKey();
  if (!key) {
    throw new DomainError("BAD_REQUEST", "SSO is not available on this server: its administrator must set SSO_ENCRYPTION_KEY.");
  }
  return key;
}
