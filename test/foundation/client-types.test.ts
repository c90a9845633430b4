import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '..', '..');
// The generator is ESM-only inside, so it runs as the command clients use, not inside Jest.
const check = () =>
  run(process.execPath, [require.resolve('tsx/cli'), 'server/http/write-client-types.ts', '--check'], {
    cwd: ROOT,
  });

describe('the generated client types', () => {
  it('match the contract the server serves, in the bot and in the mini-program', async () => {
    await expect(check()).resolves.toBeDefined();
  });

  it('are reported stale when a copy differs from the contract', async () => {
    const file = path.join(ROOT, 'miniprogram/api/openapi.d.ts');
    const fresh = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, fresh.replace('/healthz', '/healthz-renamed'));
    try {
      await expect(check()).rejects.toMatchObject({ stderr: expect.stringContaining('miniprogram') });
    } finally {
      fs.writeFileSync(file, fresh);
    }
  });

  it('report the mini-program’s copy of the ID-number check stale when it differs from the server’s', async () => {
    const file = path.join(ROOT, 'miniprogram/lib/gb11643.ts');
    const fresh = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, fresh.replace('10X98765432', '10X98765433'));
    try {
      await expect(check()).rejects.toMatchObject({ stderr: expect.stringContaining('gb11643') });
    } finally {
      fs.writeFileSync(file, fresh);
    }
  });
});
