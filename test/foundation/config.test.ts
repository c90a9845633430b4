import fs from 'node:fs';
import path from 'node:path';
import { configSchema, ConfigError, loadConfig } from '../../server/config';

describe('configuration', () => {
  it('has working embedded defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, REDIS_URL: 'redis://127.0.0.1:6379', DEV_LOGIN: false });
    expect(config.MONGODB_URI).toBeUndefined();
    expect(config.FIELD_ENCRYPTION_KEYS[0]!.key).toHaveLength(32);
  });

  it('names the variable and what is expected when a value is bad', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT: .*number/);
    expect(() => loadConfig({ MONGODB_URI: 'postgres://x' })).toThrow(/MONGODB_URI/);
    expect(() => loadConfig({ FIELD_ENCRYPTION_KEYS: 'k1:short' })).toThrow(
      /FIELD_ENCRYPTION_KEYS: expected "keyId:base64/,
    );
    expect(() => loadConfig({ DEV_LOGIN: 'maybe' })).toThrow(ConfigError);
  });

  it('refuses development keys, development sign-in and the embedded store in production', () => {
    let message = '';
    try {
      loadConfig({ NODE_ENV: 'production', DEV_LOGIN: 'true' });
    } catch (err) {
      message = (err as Error).message;
    }
    for (const name of [
      'FIELD_ENCRYPTION_KEYS',
      'BLIND_INDEX_KEY',
      'DEV_LOGIN',
      'MONGODB_URI',
      'CONSOLE_BASE_URL',
    ]) {
      expect(message).toContain(name);
    }
  });

  it('reads a key ring whose first key encrypts', () => {
    const a = Buffer.alloc(32, 1).toString('base64');
    const b = Buffer.alloc(32, 2).toString('base64');
    const config = loadConfig({ FIELD_ENCRYPTION_KEYS: `k2026:${a}, k2025:${b}` });
    expect(config.FIELD_ENCRYPTION_KEYS.map((k) => k.id)).toEqual(['k2026', 'k2025']);
  });

  it('documents every variable in .env.example and in the README configuration table', () => {
    const root = path.join(__dirname, '../..');
    const example = fs.readFileSync(path.join(root, '.env.example'), 'utf8');
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    const table = readme.slice(
      readme.indexOf('## Configuration'),
      readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1),
    );
    const names = Object.keys(configSchema.shape);
    expect(names.length).toBeGreaterThan(40);
    const undocumented = names.filter(
      (name) => !new RegExp(`^#? ?${name}=`, 'm').test(example) || !table.includes(`\`${name}\``),
    );
    expect(undocumented).toEqual([]);
  });
});
