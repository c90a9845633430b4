/**
 * Where uploaded files live: a folder on the server, or an S3-compatible object store. Keys are
 * slash-separated names chosen by the server ("applications/<id>/<uuid>"), never by the caller.
 */
export interface BlobStore {
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  /** Throws BlobMissingError when there is nothing under the key. */
  get(key: string): Promise<Buffer>;
  /** Deleting a key that holds nothing is not an error. */
  delete(key: string): Promise<void>;
}

/** A backend itself (folder or bucket), which can also list everything it holds, for the leftovers sweep. */
export interface ListedBlobStore extends BlobStore {
  list(): AsyncIterable<StoredBlob>;
}

export interface StoredBlob {
  /** The blob's key, or for a temporary file the path under the store's folder. */
  key: string;
  modifiedAt: Date;
  /** A temporary file of an unfinished write, never a blob. */
  temporary: boolean;
  /** Removes it (a temporary file has no key to delete by). */
  remove(): Promise<void>;
}

export class BlobMissingError extends Error {
  constructor(readonly key: string) {
    super(`No blob under "${key}"`);
  }
}

// Segments of letters, digits, "_", "-" and inner dots: no "..", no leading "/" or ".", no backslash.
const KEY = /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*(?:\/[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*)*$/;

/** Refuses a key that could name something outside the store's folder or bucket prefix. */
export function checkBlobKey(key: string): string {
  if (key.length > 512 || !KEY.test(key)) throw new Error(`Invalid blob key "${key}"`);
  return key;
}
