// Accepts an image for a tutorial or the organization's logo: PNG, JPEG, GIF or WebP up to 5 MB. The
// type is checked from the file's own bytes, not only from what the browser claims.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { enforceAbuseLimit } from "../../security/abuse-limits";
import { DomainError } from "../../errors";
import type { ProvenOrganizationId } from "../../identity/scope";
import { recordAudit } from "../audit/record-audit";
import { fileStorage } from "./file-storage";

const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

const imageTypes = {
  "image/png": { ext: "png", magic: (b: Buffer) => b.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10])) },
  "image/jpeg": { ext: "jpg", magic: (b: Buffer) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  "image/gif": { ext: "gif", magic: (b: Buffer) => /^GIF8[79]a$/.test(b.subarray(0, 6).toString("latin1")) },
  "image/webp": {
    ext: "webp",
    magic: (b: Buffer) => b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP",
  },
} as const;

export const uploadImageInput = z.object({
  fileName: z.string().trim().max(200).default("image"),
  contentType: z.string().refine((type) => type in imageTypes, { message: "Upload a PNG, JPEG, GIF or WebP image" }),
  // Base64 grows the file by a third; the exact byte limit is checked after decoding.
  dataBase64: z
    .string()
    .min(1, "The file is empty")
    .max(Math.ceil((MAX_IMAGE_BYTES * 4) / 3) + 8, "Images can be at most 5 MB"),
});

export async function uploadImage(
  organizationId: ProvenOrganizationId,
  input: z.infer<typeof uploadImageInput>,
  actorId: string,
) {
  const type = imageTypes[input.contentType as keyof typeof imageTypes];
  const data = Buffer.from(input.dataBase64, "base64");
  if (data.length === 0) throw new DomainError("BAD_REQUEST", "The file is empty");
  if (data.length > MAX_IMAGE_BYTES) throw new DomainError("BAD_REQUEST", "Images can be at most 5 MB");
  if (!type.magic(data)) throw new DomainError("BAD_REQUEST", "That file is not a PNG, JPEG, GIF or WebP image");
  await enforceAbuseLimit("upload", { person: actorId, tenant: organizationId });
  const key = `${organizationId.toLowerCase()}/${randomUUID()}.${type.ext}`;
  const storage = fileStorage();
  await storage.put(key, data, input.contentType);
  const url = storage.urlFor(key);
  await recordAudit({
    organizationId,
    actorId,
    action: "upload.created",
    targetType: "Upload",
    targetId: key,
    after: { fileName: input.fileName, bytes: data.length, contentType: input.contentType },
  });
  return { url };
}
