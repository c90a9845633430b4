import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { BlobMissingError, checkBlobKey, type ListedBlobStore, type StoredBlob } from './blob-store';

const TEMP_PREFIX = '.tmp-';

/**
 * Blobs as files under one folder. A blob is written to a temporary file beside its final name,
 * flushed to disk and renamed into place, so a reader never sees a half-written file.
 */
export class LocalBlobStore implements ListedBlobStore {
  private readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  /** The file a key names; refuses anything that would resolve outside the folder. */
  pathOf(key: string): string {
    const file = path.resolve(this.root, checkBlobKey(key));
    if (!file.startsWith(this.root + path.sep)) throw new Error(`Invalid blob key "${key}"`);
    return file;
  }

  async put(key: string, data: Buffer): Promise<void> {
    const file = this.pathOf(key);
    await fs.mkdir(path.dirname(file), { recursive: true });
    // Keys cannot start with ".", so a temporary name never collides with a blob.
    const temp = path.join(path.dirname(file), `${TEMP_PREFIX}${randomBytes(8).toString('hex')}`);
    try {
      const handle = await fs.open(temp, 'wx', 0o600);
      try {
        await handle.writeFile(data);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.rename(temp, file);
    } catch (err) {
      await fs.rm(temp, { force: true });
      throw err;
    }
  }

  async get(key: string): Promise<Buffer> {
    try {
      return await fs.readFile(this.pathOf(key));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new BlobMissingError(key);
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await fs.rm(this.pathOf(key), { force: true });
  }

  /** Every file under the folder: blobs by key, and the temporary files of writes that never finished. */
  async *list(): AsyncIterable<StoredBlob> {
    const entries = await fs.readdir(this.root, { recursive: true, withFileTypes: true }).catch((err) => {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    });
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      const stat = await fs.stat(file).catch(() => null);
      if (!stat) continue;
      yield {
        key: path.relative(this.root, file).split(path.sep).join('/'),
        modifiedAt: stat.mtime,
        temporary: entry.name.startsWith(TEMP_PREFIX),
        remove: () => fs.rm(file, { force: true }),
      };
    }
  }
}
