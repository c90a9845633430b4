import path from 'node:path';
import type { Config } from '../config';
import type { ListedBlobStore } from './blob-store';
import { LocalBlobStore } from './local-store';
import { S3BlobStore } from './s3-store';

/** The configured store: `<DATA_DIR>/uploads`, or the S3 bucket (config.ts makes sure its settings are there). */
export function blobStoreFor(config: Config): ListedBlobStore & { close?: () => void } {
  if (config.STORAGE_BACKEND === 'local') return new LocalBlobStore(path.join(config.dataDir, 'uploads'));
  return new S3BlobStore({
    endpoint: config.S3_ENDPOINT!,
    bucket: config.S3_BUCKET!,
    region: config.S3_REGION!,
    accessKeyId: config.S3_ACCESS_KEY_ID!,
    secretAccessKey: config.S3_SECRET_ACCESS_KEY!,
    forcePathStyle: config.S3_FORCE_PATH_STYLE,
  });
}
