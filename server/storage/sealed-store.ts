import type { FieldCrypto } from '../privacy/field-crypto';
import type { BlobStore } from './blob-store';

/**
 * Seals every blob before it reaches the store and opens it on the way back: the folder or bucket only
 * ever holds ciphertext. The key is bound into the seal, so a blob copied under another key does not open.
 */
export function sealedBlobs(store: BlobStore, crypto: FieldCrypto): BlobStore {
  return {
    put: (key, data) => store.put(key, crypto.sealBytes(data, key), 'application/octet-stream'),
    get: async (key) => crypto.openBytes(await store.get(key), key),
    delete: (key) => store.delete(key),
  };
}
