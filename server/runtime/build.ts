import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './project-root';

/** Source-tree folders the build leaves out: the embedded store's Go program is built on its own (build:store). */
const NOT_SHIPPED = [path.join(PROJECT_ROOT, 'server', 'store', 'ferretdb')];
const SOURCE_ONLY = /\.(ts|tsx|md)$/;

/**
 * `npm run build`: the server and the bot compiled to JavaScript in dist/, which is what `npm start` and the
 * production image run. Run from source, every function gets wrapped to keep its name (tsx's loader does that
 * for stack traces), which cost a screening 10–15 % of its CPU. The files the code reads beside itself (the
 * locales, the console's stylesheet) are copied next to the compiled code; the rest is found from the project
 * root (project-root.ts).
 */
export function buildDist(outDir = path.join(PROJECT_ROOT, 'dist')): void {
  fs.rmSync(outDir, { recursive: true, force: true });
  const tsc = spawnSync(
    process.execPath,
    [
      require.resolve('typescript/bin/tsc'),
      '-p',
      path.join(PROJECT_ROOT, 'tsconfig.build.json'),
      '--outDir',
      outDir,
    ],
    { stdio: 'inherit' },
  );
  if (tsc.status !== 0) throw new Error('Compiling the server and the bot failed (see above).');
  for (const folder of ['server', 'bot']) {
    fs.cpSync(path.join(PROJECT_ROOT, folder), path.join(outDir, folder), {
      recursive: true,
      filter: (from) =>
        !NOT_SHIPPED.includes(from) && (fs.statSync(from).isDirectory() || !SOURCE_ONLY.test(from)),
    });
  }
}

if (require.main === module) {
  try {
    buildDist(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
