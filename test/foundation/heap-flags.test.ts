import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '../..');

/**
 * How many allocation sites V8 decides to pretenure while a script keeps 300,000 objects made at one site, as
 * V8 itself reports them (`--trace-pretenuring-statistics`). The script runs in the interpreter alone: compiled in
 * the background, the loop's allocations were tracked or not depending on how busy the machine was.
 */
function tenureDecisions(preload: string[]): number {
  const keep =
    'const kept = []; const make = (i) => ({ id: i, tags: [i] }); ' +
    'for (let i = 0; i < 300000; i++) kept.push(make(i));';
  const out = execFileSync(
    process.execPath,
    [
      ...['--no-sparkplug', '--no-maglev', '--no-opt', '--trace-pretenuring-statistics'],
      ...['--import', 'tsx', ...preload, '-e', keep],
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return out.split('\n').filter((line) => line.includes('=> tenure')).length;
}

describe('the server’s V8 flags', () => {
  it('turn off allocation-site pretenuring, which V8 otherwise applies to sites whose objects survive', () => {
    expect(tenureDecisions([])).toBeGreaterThan(0);
    expect(tenureDecisions(['--import', './server/runtime/heap-flags.ts'])).toBe(0);
  });

  it('are set by every server entry point before anything else is imported', () => {
    for (const entry of ['server/main.ts', 'bench/serve-api.ts']) {
      const source = fs.readFileSync(path.join(ROOT, entry), 'utf8');
      const firstImport = /^import\s+[^;]*?['"]([^'"]+)['"];/m.exec(source)?.[1];
      expect(firstImport && path.resolve(ROOT, path.dirname(entry), firstImport)).toBe(
        path.join(ROOT, 'server/runtime/heap-flags'),
      );
    }
  });
});
