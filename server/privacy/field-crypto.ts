import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Sensitive fields (ID number, phone, bank account, openid) and uploaded files are stored
 * encrypted with AES-256-GCM. The stored form names the key that sealed it, so keys can be
 * rotated: the first key of the ring encrypts, every key of the ring decrypts.
 * Exact-match lookup uses a blind index: an HMAC of the normalised value.
 */
export interface FieldKey {
  id: string;
  key: Buffer;
}

/** `reportSecret` and `chatToken` are credentials, not fields: only their blind index (an HMAC) is ever stored. */
export type SensitiveKind =
  'idNumber' | 'phone' | 'bankAccount' | 'openid' | 'claimCode' | 'reportSecret' | 'chatToken';

const VERSION = 'v1';
/** Sealed bytes start with this marker, then the key id's length (1 byte) and the key id. */
const BYTES_MAGIC = Buffer.from('SAB1');
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class FieldCrypto {
  private readonly byId: Map<string, Buffer>;

  constructor(
    private readonly ring: FieldKey[],
    private readonly indexKey: Buffer,
  ) {
    if (ring.length === 0) throw new Error('FieldCrypto needs at least one key');
    this.byId = new Map(ring.map((k) => [k.id, k.key]));
  }

  /** "v1.<keyId>.<iv>.<tag>.<ciphertext>", all base64url. */
  encrypt(plain: string): string {
    const { id, key } = this.ring[0]!;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(`${VERSION}.${id}`));
    const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [
      VERSION,
      id,
      iv.toString('base64url'),
      cipher.getAuthTag().toString('base64url'),
      ct.toString('base64url'),
    ].join('.');
  }

  decrypt(sealed: string): string {
    const [version, id, iv, tag, ct] = sealed.split('.');
    if (version !== VERSION || !id || iv === undefined || tag === undefined || ct === undefined) {
      throw new Error('Not an encrypted field');
    }
    const key = this.byId.get(id);
    if (!key) throw new Error(`Unknown field-encryption key "${id}"`);
    // A full-length tag only: GCM would otherwise check a truncated one, far easier to forge.
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(Buffer.from(`${VERSION}.${id}`));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
  }

  /** The id of the key that sealed a value (to find values still under an old key). */
  static keyIdOf(sealed: string): string | undefined {
    return sealed.split('.')[1];
  }

  /**
   * Seals bytes: "SAB1" | key id length | key id | iv | tag | ciphertext. `context` (e.g. the storage key)
   * is authenticated with the header, so sealed bytes moved to another place no longer open.
   */
  sealBytes(plain: Buffer, context = ''): Buffer {
    const { id, key } = this.ring[0]!;
    const header = Buffer.concat([BYTES_MAGIC, Buffer.from([id.length]), Buffer.from(id, 'ascii')]);
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.concat([header, Buffer.from(context, 'utf8')]));
    const ct = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([header, iv, cipher.getAuthTag(), ct]);
  }

  openBytes(sealed: Buffer, context = ''): Buffer {
    const id = FieldCrypto.keyIdOfBytes(sealed);
    if (id === undefined) throw new Error('Not sealed bytes');
    const headerLength = BYTES_MAGIC.length + 1 + id.length;
    if (sealed.length < headerLength + IV_BYTES + TAG_BYTES) throw new Error('Sealed bytes are truncated');
    const key = this.byId.get(id);
    if (!key) throw new Error(`Unknown field-encryption key "${id}"`);
    const iv = sealed.subarray(headerLength, headerLength + IV_BYTES);
    const tag = sealed.subarray(headerLength + IV_BYTES, headerLength + IV_BYTES + TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.concat([sealed.subarray(0, headerLength), Buffer.from(context, 'utf8')]));
    decipher.setAuthTag(tag);
    return Buffer.concat([
      decipher.update(sealed.subarray(headerLength + IV_BYTES + TAG_BYTES)),
      decipher.final(),
    ]);
  }

  /** The id of the key that sealed some bytes, or undefined when they are not sealed bytes. */
  static keyIdOfBytes(sealed: Buffer): string | undefined {
    if (sealed.length < BYTES_MAGIC.length + 1 || !sealed.subarray(0, BYTES_MAGIC.length).equals(BYTES_MAGIC))
      return undefined;
    const length = sealed[BYTES_MAGIC.length]!;
    if (sealed.length < BYTES_MAGIC.length + 1 + length) return undefined;
    return sealed.subarray(BYTES_MAGIC.length + 1, BYTES_MAGIC.length + 1 + length).toString('ascii');
  }

  blindIndex(kind: SensitiveKind, value: string): string {
    return createHmac('sha256', this.indexKey)
      .update(`${kind}:${normalise(kind, value)}`)
      .digest('base64url');
  }
}

function normalise(kind: SensitiveKind, value: string): string {
  const trimmed = value.trim();
  switch (kind) {
    case 'idNumber':
      return trimmed.toUpperCase();
    case 'phone':
    case 'bankAccount':
      return trimmed.replace(/[\s-]/g, '').replace(/^\+?86(?=1\d{10}$)/, '');
    case 'openid':
    case 'claimCode':
    case 'reportSecret':
    case 'chatToken':
      return trimmed;
  }
}
