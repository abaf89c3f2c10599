// Storage on the local disk: files under STORAGE_LOCAL_DIR (default: the git-ignored .onward/uploads),
// served by app/uploads/[...key]. Right for one machine; several instances need S3Storage.
import { createReadStream } from "node:fs";
import { mkdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { STORAGE_KEY_PATTERN, contentTypeForKey, type FileStorage, type StoredFile } from "./file-storage-contract";
import { Readable } from "node:stream";

export class LocalDiskStorage implements FileStorage {
  private readonly root: string;

  constructor(root?: string) {
    // The configured folder is the operator's, not part of the build: kept out of Next's file tracing.
    this.root = root ? path.resolve(/* turbopackIgnore: true */ root) : path.join(process.cwd(), ".onward", "uploads");
  }

  private pathFor(key: string): string {
    if (!STORAGE_KEY_PATTERN.test(key)) throw new Error(`Invalid storage key: ${key}`);
    return path.join(this.root, ...key.split("/"));
  }

  async put(key: string, data: Buffer): Promise<void> {
    const file = this.pathFor(key);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, data, { flag: "wx" });
  }

  async open(key: string): Promise<StoredFile | null> {
    if (!STORAGE_KEY_PATTERN.test(key)) return null;
    const file = this.pathFor(key);
    try {
      const { size } = await stat(file);
      const body = Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
      return { body, contentType: contentTypeForKey(key), size };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  urlFor(key: string): string {
    return `/uploads/${key}`;
  }
}
