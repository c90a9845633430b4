import fs from 'node:fs';
import path from 'node:path';

/**
 * The project's folder, the one holding package.json. The code runs from its TypeScript source (tests, `npm run
 * dev`) or from the build in dist/ (`npm start`, production), one level deeper; what it reads from the source tree
 * outside its own folder (flows/, bin/, the embedded store's Go source) is found from here, the same in both.
 */
export const PROJECT_ROOT = findRoot(__dirname);

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json in ${from} or above it`);
  }
}
