import { createHash, randomUUID } from 'node:crypto';
import type { AppDeps } from '../http/deps';
import { inspectUpload, type UploadType } from './inspect';

/**
 * The one way a file enters the product (application materials, evidence added to a report):
 * inspected and cleaned (inspect.ts), then written to the blob store, which seals it. The caller links
 * the returned metadata to its record; if that write fails, the blob is discarded so nothing is orphaned.
 */

export interface UploadActor {
  kind: string;
  id: string;
  role?: string;
}

export interface StoredUpload {
  id: string;
  contentType: UploadType;
  bytes: number;
  width: number | null;
  height: number | null;
  /** Of the stored (cleaned) bytes, hex. */
  sha256: string;
  storageKey: string;
  uploadedBy: { kind: string; id: string; role: string | null };
  uploadedAt: Date;
  requestKey: string | null;
}

export interface UploadInput {
  data: Buffer;
  /** Where the blob is filed, e.g. "applications/<id>"; the upload's own id is appended. */
  folder: string;
  /** The idempotent request storing it, recorded with it. */
  requestKey?: string;
}

type UploadDeps = Pick<AppDeps, 'blobs' | 'config' | 'logger'>;

export async function storeUpload(
  deps: UploadDeps,
  file: UploadInput,
  actor: UploadActor,
): Promise<StoredUpload> {
  const clean = await inspectUpload(file.data, {
    maxBytes: deps.config.UPLOAD_MAX_BYTES,
    maxPixels: deps.config.UPLOAD_MAX_PIXELS,
  });
  const id = randomUUID();
  const storageKey = `${file.folder}/${id}`;
  await deps.blobs.put(storageKey, clean.data, clean.contentType);
  return {
    id,
    contentType: clean.contentType,
    bytes: clean.data.length,
    width: clean.width,
    height: clean.height,
    sha256: createHash('sha256').update(clean.data).digest('hex'),
    storageKey,
    uploadedBy: { kind: actor.kind, id: actor.id, role: actor.role ?? null },
    uploadedAt: new Date(),
    requestKey: file.requestKey ?? null,
  };
}

/** Removes a blob no record points to (any more). A failure is logged, not thrown: the caller's answer stands. */
export async function discardUpload(deps: UploadDeps, storageKey: string): Promise<void> {
  try {
    await deps.blobs.delete(storageKey);
  } catch (err) {
    deps.logger.error({ err, storageKey }, 'could not delete an unlinked upload');
  }
}

/**
 * Stores the file, then runs `link` (the database write that records it). When `link` throws, the blob
 * is deleted before the error goes on, so a failed request leaves neither a record nor a stray file.
 */
export async function storeAndLink<T>(
  deps: UploadDeps,
  file: UploadInput,
  actor: UploadActor,
  link: (stored: StoredUpload) => Promise<T>,
): Promise<{ stored: StoredUpload; linked: T }> {
  const stored = await storeUpload(deps, file, actor);
  try {
    return { stored, linked: await link(stored) };
  } catch (err) {
    await discardUpload(deps, stored.storageKey);
    throw err;
  }
}
