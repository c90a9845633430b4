import { createHash } from 'node:crypto';
import { Application } from '../../server/applications/application-model';
import type { Config } from '../../server/config';
import { createLogger } from '../../server/logger';
import { FieldCrypto } from '../../server/privacy/field-crypto';
import { Report } from '../../server/reports/report-model';
import type { ListedBlobStore } from '../../server/storage/blob-store';
import { blobStoreFor } from '../../server/storage/blob-store-for';
import { namedKeys, sweepLeftovers } from '../../server/storage/leftovers';
import { sealedBlobs } from '../../server/storage/sealed-store';

export interface UploadCheck {
  /** Attachments stored: report evidence and application materials. */
  stored: number;
  /** Attachments beyond one per key. */
  duplicates: number;
  /** Answers naming no attachment, attachments whose blob is missing or altered, leftovers the sweep keeps. */
  halfWritten: number;
  /** What the killed process left that no record names, for the sweep. */
  left: { blobs: number; tempFiles: number };
  /** Files the leftovers sweep removed, run as it will once they are past its grace period. */
  swept: number;
}

/** Blobs no record names and temporary files, as the store lists them now. */
async function unnamed(
  store: ListedBlobStore,
  named: Set<string>,
): Promise<{ blobs: number; tempFiles: number }> {
  const found = { blobs: 0, tempFiles: 0 };
  for await (const blob of store.list()) {
    if (blob.temporary) found.tempFiles += 1;
    else if (!named.has(blob.key)) found.blobs += 1;
  }
  return found;
}

/**
 * Checks the stored uploads against the answers the clients got after every retry was done, so nothing left in
 * the store is still about to be named: a retry never adopts the killed attempt's blob, it stores its own.
 *
 * A blob stored but never linked, or a temporary file of a write the kill cut short, is not counted as
 * half-written by itself: the product promises (SWEEP_CRON, SWEEP_GRACE_HOURS; deploy/README.md, "a crash
 * mid-upload") that the leftovers sweep removes such files once they are older than the grace period. So the
 * sweep is run here as it will run then, and what it leaves behind is half-written, since nothing else would
 * ever remove it. Each request the kill cut off can leave at most one such file; more than that means a request
 * that was not cut off left one, which the sweep would only hide, so the excess counts too.
 */
export async function checkUploads(
  config: Config,
  answers: Map<string, unknown>,
  cut: number,
): Promise<UploadCheck> {
  type Stored = { storageKey: string; sha256: string };
  const projection = { attachments: 1 };
  const records = [
    ...(await Report.find({}, projection).lean<{ attachments: Stored[] }[]>()),
    ...(await Application.find({}, projection).lean<{ attachments: Stored[] }[]>()),
  ];
  const attachments = records.flatMap((r) => r.attachments);
  // A reporter's answer names the file by its checksum, not its id, and every file the clients send differs, so
  // the checksum names one upload: a checksum held by more than one attachment, or by none the answers name, is
  // a second attachment made under some key.
  const answered = new Set(
    [...answers.values()].map((a) => (a as { attachment: { sha256: string } }).attachment.sha256),
  );
  const held = new Map<string, number>();
  for (const a of attachments) held.set(a.sha256, (held.get(a.sha256) ?? 0) + 1);
  let duplicates = 0;
  for (const [sha256, n] of held) duplicates += answered.has(sha256) ? n - 1 : n;
  const check: UploadCheck = {
    stored: attachments.length,
    duplicates,
    halfWritten: [...answered].filter((sha256) => !held.has(sha256)).length,
    left: { blobs: 0, tempFiles: 0 },
    swept: 0,
  };

  const store = blobStoreFor(config);
  const named = await namedKeys();
  check.left = await unnamed(store, named);
  check.halfWritten += Math.max(0, check.left.blobs + check.left.tempFiles - cut);
  const graceMs = config.SWEEP_GRACE_HOURS * 3_600_000;
  const swept = await sweepLeftovers(store, {
    graceMs,
    logger: createLogger('silent'),
    now: new Date(Date.now() + graceMs + 1000),
  });
  check.swept = swept.orphanBlobs + swept.tempFiles;
  const kept = await unnamed(store, named);
  check.halfWritten += kept.blobs + kept.tempFiles;

  // Every attachment still opens after the sweep, sealed under its own key, with the checksum recorded for it.
  const crypto = new FieldCrypto(config.FIELD_ENCRYPTION_KEYS, Buffer.from(config.BLIND_INDEX_KEY, 'base64'));
  const blobs = sealedBlobs(store, crypto);
  for (const a of attachments) {
    const data = await blobs.get(a.storageKey).catch(() => null);
    if (!data || createHash('sha256').update(data).digest('hex') !== a.sha256) check.halfWritten += 1;
  }
  return check;
}
