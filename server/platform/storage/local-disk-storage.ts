// Development storage: files under the git-ignored .onward/uploads, served by app/uploads/[...key].
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { STORAGE_KEY_PATTERN, contentTypeForKey, type FileStorage, type StoredFile } from "./file-storage-contract";

export class LocalDiskStorage implements FileStorage {
  constructor(private readonly root = path.join(process.cwd(), ".onward", "uploads")) {}

  private pathFor(key: string): string {
    if (!STORAGE_KEY_PATTERN.test(key)) throw new Error(`Invalid storage key: ${key}`);
    return path.join(this.root, ...key.split("/"));
  }

  async put(key: string, data: Buffer): Promise<void> {
    const file = this.pathFor(key);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, data, { flag: "wx" });
  }

  async get(key: string): Promise<StoredFile | null> {
    if (!STORAGE_KEY_PATTERN.test(key)) return null;
    try {
      return { data: await readFile(this.pathFor(key)), contentType: contentTypeForKey(key) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  urlFor(key: string): string {
    return `/uploads/${key}`;
  }
}
