// Where uploaded files live: the one store the app uses, chosen by STORAGE_DRIVER (see
// file-storage-contract.ts for what a store is).
import type { FileStorage } from "./file-storage-contract";
import { getEnv, type Env } from "../../env";
import { LocalDiskStorage } from "./local-disk-storage";
import { S3Storage } from "./s3-storage";

export function createFileStorage(env: Env): FileStorage {
  if (env.STORAGE_DRIVER === "s3") {
    return new S3Storage({
      bucket: env.S3_BUCKET!,
      region: env.S3_REGION,
      endpoint: env.S3_ENDPOINT,
      forcePathStyle: env.S3_FORCE_PATH_STYLE,
      credentials:
        env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
          ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
          : undefined,
    });
  }
  return new LocalDiskStorage(env.STORAGE_LOCAL_DIR);
}

let storage: FileStorage | undefined;

export function fileStorage(): FileStorage {
  storage ??= createFileStorage(getEnv());
  return storage;
}
