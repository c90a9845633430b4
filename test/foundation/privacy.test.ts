import { randomBytes } from 'node:crypto';
import { FieldCrypto } from '../../server/privacy/field-crypto';
import { createLogger } from '../../server/logger';

const key = (id: string) => ({ id, key: randomBytes(32) });
const indexKey = randomBytes(32);

describe('field encryption', () => {
  const old = key('k2025');
  const current = key('k2026');
  const crypto = new FieldCrypto([current, old], indexKey);

  it('round-trips and never stores the value in clear or the same way twice', () => {
    const a = crypto.encrypt('150822199001011234');
    const b = crypto.encrypt('150822199001011234');
    expect(a).not.toBe(b);
    expect(a).not.toContain('150822199001011234');
    expect(FieldCrypto.keyIdOf(a)).toBe('k2026');
    expect(crypto.decrypt(a)).toBe('150822199001011234');
  });

  it('still opens values sealed under a retired key after rotation', () => {
    const sealedEarlier = new FieldCrypto([old], indexKey).encrypt('6222020200112233445');
    expect(crypto.decrypt(sealedEarlier)).toBe('6222020200112233445');
    expect(() => new FieldCrypto([current], indexKey).decrypt(sealedEarlier)).toThrow(/k2025/);
  });

  it('refuses a tampered value', () => {
    const sealed = crypto.encrypt('13800138000').split('.');
    const ct = Buffer.from(sealed[4]!, 'base64url');
    ct[0] = ct[0]! ^ 1;
    sealed[4] = ct.toString('base64url');
    expect(() => crypto.decrypt(sealed.join('.'))).toThrow();
    // Moving a value to another key id is tampering too (the key id is authenticated).
    const moved = crypto.encrypt('13800138000').replace('.k2026.', '.k2025.');
    expect(() => crypto.decrypt(moved)).toThrow();
  });

  it('refuses a value whose tag was cut short, which would leave a forger a few bytes to guess', () => {
    const sealed = crypto.encrypt('13800138000').split('.');
    sealed[3] = Buffer.from(sealed[3]!, 'base64url').subarray(0, 4).toString('base64url');
    expect(() => crypto.decrypt(sealed.join('.'))).toThrow();
  });

  it('gives one blind index per normalised value and kind', () => {
    expect(crypto.blindIndex('phone', '+86 138-0013-8000')).toBe(crypto.blindIndex('phone', '13800138000'));
    expect(crypto.blindIndex('idNumber', '15082219900101123x')).toBe(
      crypto.blindIndex('idNumber', '15082219900101123X'),
    );
    expect(crypto.blindIndex('phone', '13800138000')).not.toBe(
      crypto.blindIndex('bankAccount', '13800138000'),
    );
    expect(new FieldCrypto([current], randomBytes(32)).blindIndex('phone', '13800138000')).not.toBe(
      crypto.blindIndex('phone', '13800138000'),
    );
  });
});

describe('logs', () => {
  it('never write sensitive fields', () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => lines.push(line) });
    logger.info(
      { applicant: { idNumber: '150822199001011234', phone: '13800138000', name: '张三' } },
      'saved',
    );
    logger.info({ application: { members: { idNumber: '150822199001015678' } } }, 'nested');
    const out = lines.join('');
    expect(out).not.toContain('150822199001011234');
    expect(out).not.toContain('13800138000');
    expect(out).not.toContain('150822199001015678');
    expect(out).toContain('张三');
  });
});
