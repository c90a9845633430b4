import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 'v1';

/**
 * Seals a case credential for the chat state in Redis: AES-256-GCM under BOT_STATE_KEY, a random IV, and the
 * context (the chat's key and the case number) authenticated with it, so a sealed credential copied to another
 * chat or case does not open. "v1.<iv>.<tag>.<ciphertext>", base64url. Keys it replaced (`retired`) still open
 * what they sealed, tried after the current one: a value names no key, and the wrong one fails its tag.
 */
export class CredentialSeal {
  private readonly opening: readonly Buffer[];

  constructor(
    private readonly key: Buffer,
    retired: readonly Buffer[] = [],
  ) {
    this.opening = [key, ...retired];
    if (this.opening.some((k) => k.length !== 32)) throw new Error('the chat-state keys must be 32 bytes');
  }

  seal(credential: string, context: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(`${VERSION}.${context}`));
    const ct = Buffer.concat([cipher.update(credential, 'utf8'), cipher.final()]);
    return [VERSION, ...[iv, cipher.getAuthTag(), ct].map((b) => b.toString('base64url'))].join('.');
  }

  /** The credential, or undefined when the value does not open: sealed under another key, altered, or not sealed. */
  open(sealed: string, context: string): string | undefined {
    const [version, iv, tag, ct] = sealed.split('.');
    if (version !== VERSION || iv === undefined || tag === undefined || ct === undefined) return undefined;
    for (const key of this.opening) {
      try {
        // A full-length tag only: GCM would otherwise take a truncated one, far easier to forge.
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'), {
          authTagLength: 16,
        });
        decipher.setAAD(Buffer.from(`${VERSION}.${context}`));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString(
          'utf8',
        );
      } catch {
        // Not this key: the next, if any.
      }
    }
    return undefined;
  }
}
