// Storage in an S3-compatible bucket (AWS S3, MinIO, Ceph, Cloudflare R2, Backblaze B2, ...). The bucket
// stays private: files are streamed to the browser through app/uploads, the same URL and the same key
// checks as the local disk, so switching drivers changes no stored URL.
import { GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { STORAGE_KEY_PATTERN, contentTypeForKey, type FileStorage, type StoredFile } from "./file-storage-contract";

export type S3StorageOptions = {
  bucket: string;
  region: string;
  endpoint?: string;
  forcePathStyle?: boolean;
  // Unset: the AWS SDK's default chain (environment, instance role, ...).
  credentials?: { accessKeyId: string; secretAccessKey: string };
};

export class S3Storage implements FileStorage {
  private readonly client: S3Client;

  constructor(private readonly options: S3StorageOptions) {
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle,
      credentials: options.credentials,
      // Checksums only where S3 requires them: several S3-compatible servers refuse the newer trailers.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
  }

  async put(key: string, data: Buffer, contentType: string): Promise<void> {
    if (!STORAGE_KEY_PATTERN.test(key)) throw new Error(`Invalid storage key: ${key}`);
    await this.client.send(new PutObjectCommand({ Bucket: this.options.bucket, Key: key, Body: data, ContentType: contentType }));
  }

  async open(key: string): Promise<StoredFile | null> {
    if (!STORAGE_KEY_PATTERN.test(key)) return null;
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.options.bucket, Key: key }));
      if (!object.Body) return null;
      return {
        body: object.Body.transformToWebStream() as ReadableStream<Uint8Array>,
        // The type is derived from the key, as for the local disk: never what the bucket claims.
        contentType: contentTypeForKey(key),
        size: object.ContentLength,
      };
    } catch (error) {
      if (error instanceof NoSuchKey) return null;
      throw error;
    }
  }

  urlFor(key: string): string {
    return `/uploads/${key}`;
  }
}
