// Where uploaded files live: the one store the app uses (see file-storage-contract.ts for what a store is).
import type { FileStorage } from "./file-storage-contract";
import { LocalDiskStorage } from "./local-disk-storage";

let storage: FileStorage | undefined;

export function fileStorage(): FileStorage {
  storage ??= new LocalDiskStorage();
  return storage;
}
