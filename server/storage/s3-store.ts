import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { BlobMissingError, checkBlobKey, type ListedBlobStore, type StoredBlob } from './blob-store';

export interface S3Settings {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** bucket in the path (MinIO and most self-hosted stores) instead of in the host name. */
  forcePathStyle: boolean;
}

/** Blobs as objects in one bucket of an S3-compatible store (AWS, MinIO, OSS, COS …). */
export class S3BlobStore implements ListedBlobStore {
  private readonly client: S3Client;

  constructor(private readonly settings: S3Settings) {
    this.client = new S3Client({
      endpoint: settings.endpoint,
      region: settings.region,
      forcePathStyle: settings.forcePathStyle,
      credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
      // Checksums only where the API requires them: many S3-compatible stores reject the newer headers.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      maxAttempts: 3,
    });
  }

  async put(key: string, data: Buffer, contentType: string): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.settings.bucket,
        Key: checkBlobKey(key),
        Body: data,
        ContentType: contentType,
        ContentLength: data.length,
      }),
    );
  }

  async get(key: string): Promise<Buffer> {
    try {
      const object = await this.client.send(
        new GetObjectCommand({ Bucket: this.settings.bucket, Key: checkBlobKey(key) }),
      );
      if (!object.Body) throw new BlobMissingError(key);
      return Buffer.from(await object.Body.transformToByteArray());
    } catch (err) {
      if (err instanceof NoSuchKey) throw new BlobMissingError(key);
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: checkBlobKey(key) }));
  }

  /**
   * Every object in the bucket, a page of ListObjectsV2 at a time (up to 1,000 keys each) following its
   * continuation token. A PUT is atomic, so there are no temporary objects. Keys are taken as the store gives them,
   * not checked: the sweep must be able to remove an object whose key the product would not write.
   */
  async *list(): AsyncIterable<StoredBlob> {
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.settings.bucket, ContinuationToken: token }),
      );
      for (const object of page.Contents ?? []) {
        const key = object.Key;
        if (key === undefined || !object.LastModified) continue;
        yield {
          key,
          modifiedAt: object.LastModified,
          temporary: false,
          remove: async () => {
            await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: key }));
          },
        };
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  close(): void {
    this.client.destroy();
  }
}
