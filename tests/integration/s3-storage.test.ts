// The S3 storage driver against a local S3-compatible server: uploads land in the bucket, are streamed
// back through the app's /uploads route with the same key checks as the local disk, and the driver is
// chosen by the environment.
import { ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "../../app/uploads/[...key]/route";
import { parseEnv } from "../../server/env";
import { createFileStorage } from "../../server/platform/storage/file-storage";
import { LocalDiskStorage } from "../../server/platform/storage/local-disk-storage";
import { S3Storage } from "../../server/platform/storage/s3-storage";
import { startLocalS3, type LocalS3 } from "../support/local-s3-server";

const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), Buffer.from("rest of a picture")]);
const key = "org0000001/0b6f1a2c-3d4e-4f50-8a9b-0c1d2e3f4a5b.png";
let s3: LocalS3;

beforeAll(async () => {
  s3 = await startLocalS3();
  // The app's own storage (used by the /uploads route) reads these on first use.
  Object.assign(process.env, s3.env);
});
afterAll(async () => {
  await s3?.close();
});

const baseEnv = { DATABASE_URL: "postgresql://localhost/x", AUTH_SECRET: "x".repeat(40) };

describe("S3 storage", () => {
  it("is chosen by STORAGE_DRIVER=s3 and needs a bucket; the local disk stays the default", () => {
    expect(createFileStorage(parseEnv({ ...baseEnv, ...s3.env }))).toBeInstanceOf(S3Storage);
    expect(createFileStorage(parseEnv(baseEnv))).toBeInstanceOf(LocalDiskStorage);
    expect(() => parseEnv({ ...baseEnv, STORAGE_DRIVER: "s3" })).toThrow(/S3_BUCKET is required/);
  });

  it("puts files in the bucket and reads them back as a stream", async () => {
    const storage = createFileStorage(parseEnv({ ...baseEnv, ...s3.env }));
    await storage.put(key, png, "image/png");
    const client = new S3Client({
      endpoint: s3.endpoint,
      region: "us-east-1",
      forcePathStyle: true,
      credentials: s3.credentials,
    });
    const listed = await client.send(new ListObjectsV2Command({ Bucket: s3.bucket }));
    client.destroy();
    expect(listed.Contents?.map((object) => object.Key)).toContain(key);
    const file = await storage.open(key);
    expect(file).toMatchObject({ contentType: "image/png", size: png.length });
    expect(Buffer.from(await new Response(file!.body).arrayBuffer()).equals(png)).toBe(true);
    expect(storage.urlFor(key)).toBe(`/uploads/${key}`);
  });

  it("answers null for a missing file and refuses keys that are not ours, without asking the bucket", async () => {
    const storage = createFileStorage(parseEnv({ ...baseEnv, ...s3.env }));
    expect(await storage.open("org0000001/00000000-0000-4000-8000-000000000000.png")).toBeNull();
    expect(await storage.open("../../etc/passwd")).toBeNull();
    await expect(storage.put("org0000001/evil.html", png, "text/html")).rejects.toThrow(/Invalid storage key/);
  });

  it("is served through /uploads: streamed with the key's type, 404 for unknown keys", async () => {
    const serve = (parts: string[]) => GET(new Request("http://localhost/uploads"), { params: Promise.resolve({ key: parts }) });
    const response = await serve(key.split("/"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await response.arrayBuffer()).equals(png)).toBe(true);
    expect((await serve(["org0000001", "00000000-0000-4000-8000-000000000000.png"])).status).toBe(404);
    expect((await serve(["..", "secrets.png"])).status).toBe(404);
  });
});
