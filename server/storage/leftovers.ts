import { Application } from '../applications/application-model';
import type { Logger } from '../logger';
import { Report } from '../reports/report-model';
import type { ListedBlobStore } from './blob-store';

export interface SweepResult {
  /** Blobs that no application or report names, older than the grace period: removed. */
  orphanBlobs: number;
  /** Temporary files of writes that never finished (a crash mid-upload), older than the grace period: removed. */
  tempFiles: number;
  /** Files looked at. */
  seen: number;
}

/** Every storage key a record names: application materials and report evidence. */
export async function namedKeys(): Promise<Set<string>> {
  const keys = new Set<string>();
  type WithFiles = { attachments?: { storageKey: string }[] }[];
  const projection = { 'attachments.storageKey': 1 };
  const [applications, reports] = await Promise.all([
    Application.find({}, projection).lean<WithFiles>(),
    Report.find({}, projection).lean<WithFiles>(),
  ]);
  for (const doc of [...applications, ...reports])
    for (const a of doc.attachments ?? []) keys.add(a.storageKey);
  return keys;
}

/**
 * Removes what a crash can leave in the blob store: blobs stored but never linked to their record, and
 * temporary files of unfinished writes. Only what is older than the grace period goes, so an upload still on
 * its way to being linked is never taken. The keys are read before the listing: a blob linked meanwhile is
 * younger than the grace period anyway.
 */
export async function sweepLeftovers(
  store: ListedBlobStore,
  opts: { graceMs: number; logger: Logger; now?: Date },
): Promise<SweepResult> {
  const result: SweepResult = { orphanBlobs: 0, tempFiles: 0, seen: 0 };
  const named = await namedKeys();
  const before = (opts.now ?? new Date()).getTime() - opts.graceMs;
  for await (const blob of store.list()) {
    result.seen += 1;
    if (blob.modifiedAt.getTime() > before) continue;
    if (blob.temporary) {
      await blob.remove();
      result.tempFiles += 1;
    } else if (!named.has(blob.key)) {
      await blob.remove();
      result.orphanBlobs += 1;
    }
  }
  opts.logger.info({ ...result, graceHours: opts.graceMs / 3_600_000 }, 'leftovers sweep done');
  return result;
}
