import { execFile } from 'node:child_process';
import path from 'node:path';
import type { TestApp } from './harness';

const ROOT = path.resolve(__dirname, '..', '..');

/** Where a command works: the store, Redis's prefix, the data folder, and any other setting (S3, language). */
export type AdminEnv = {
  MONGODB_URI: string;
  MONGODB_DB: string;
  REDIS_KEY_PREFIX: string;
  DATA_DIR: string;
} & Record<string, string>;

/** The settings that point a command at a test app's store, Redis prefix and data folder. */
export function adminEnvOf(app: TestApp): AdminEnv {
  const { config } = app.runtime.deps;
  return {
    MONGODB_URI: config.MONGODB_URI!,
    MONGODB_DB: config.MONGODB_DB,
    REDIS_KEY_PREFIX: config.REDIS_KEY_PREFIX,
    DATA_DIR: config.dataDir,
  };
}

/**
 * `npm run admin -- <args>` as a process of its own, with only the settings given (Chinese unless LANG says
 * otherwise). Asynchronous, so that what this test process serves (the embedded store's owner, a local bucket)
 * can answer the command while it runs.
 */
export function runAdmin(args: string[], env: AdminEnv): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'server/admin/cli.ts', ...args],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'zh_CN.UTF-8', ...env },
      },
      (err, out, errOut) =>
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, out, err: errOut }),
    );
  });
}
