import fs from 'node:fs';
import path from 'node:path';
import { CLIENT_TYPE_FILES, clientTypes, SHARED_MODULES, sharedCopy } from './client-types';

/**
 * `npm run api:types` writes the contract's types into each client that compiles against it, and the shared
 * modules' copies;
 * with `--check` it writes nothing and fails, naming the files, when any copy is stale.
 */
async function main(check: boolean): Promise<number> {
  const text = await clientTypes();
  const wanted = new Map(CLIENT_TYPE_FILES.map((f) => [f, text]));
  for (const { from, to } of SHARED_MODULES) wanted.set(to, sharedCopy(fs.readFileSync(from, 'utf8'), from));
  const stale = [...wanted.keys()].filter(
    (f) => !fs.existsSync(f) || fs.readFileSync(f, 'utf8') !== wanted.get(f),
  );
  for (const file of stale) {
    const name = path.relative(process.cwd(), file);
    if (check) {
      console.error(`${name} is stale: run npm run api:types`);
      continue;
    }
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, wanted.get(file)!);
    console.log(`wrote ${name}`);
  }
  return check && stale.length > 0 ? 1 : 0;
}

main(process.argv.includes('--check')).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
