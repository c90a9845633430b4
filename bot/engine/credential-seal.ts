import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 'v1';

/**
 * Seals a case credential for the chat state in Redis: AES-256-GCM under BOT_STATE_KEY, a random IV, and the
 * context (the chat's key and the case number) authenticated with it, so a sealed credential copied to another
 * chat or case does not open. "v1.<iv>.<tag>.<ciphertext>", base64url.
 */
export class CredentialSeal {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('the chat-state key must be 32 bytes');
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
    try {
      // A full-length tag only: GCM would otherwise take a truncated one, far easier to forge.
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'), {
        authTagLength: 16,
      });
      decipher.setAAD(Buffer.from(`${VERSION}.${context}`));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString(
        'utf8',
      );
    } catch {
      return undefined;
    }
  }
}
