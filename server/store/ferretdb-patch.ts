import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../runtime/project-root';

/**
 * Changes to FerretDB v1.24, applied to a copy of the module when the embedded store is built (a `replace` in a
 * go.mod of the build's own, `go build -modfile`), never to the module cache. Each replaces text it expects to find
 * a known number of times: if FerretDB changed, the build fails rather than run without the change. PATCH_SOURCE is
 * this file's source, whose changes make the built store outdated (see embedded-store.ts).
 */
export const PATCH_SOURCE = path.join(PROJECT_ROOT, 'server', 'store', 'ferretdb-patch.ts');

interface Replacement {
  from: string;
  to: string;
  /** How many times `from` occurs in the file. */
  occurrences: number;
}

/** Text replaced where it is expected a known number of times, text added at the end of a file, or both. */
type Patch = {
  /** A file of the module, relative to its root. */
  file: string;
  /** Appended to the file after any replacement. */
  append?: string;
} & (Replacement | { from?: never });

/**
 * Its SQLite backend sends SQL an `_id` equality only when `_id` is the whole filter, so an update guarded by more
 * than the id (`{ _id, revision }`, the outbox's `{ _id, outboxLeaseUntil }` …) read and decoded the whole
 * collection — minutes at 100,000 cases. With this the `_id` equality goes to SQL whatever else the filter holds.
 * Every handler applies the whole filter again to each document it reads (FilterIterator, FilterDocument), so this
 * only narrows what SQLite returns.
 */
const ID_PUSHDOWN: Patch = {
  file: 'internal/backends/sqlite/collection.go',
  from: 'if params.Filter.Len() == 1 {\n\t\tv, _ := params.Filter.Get("_id")\n',
  to: '{\n\t\tv := idEquality(params.Filter)\n',
  occurrences: 2,
  append: `
// idEquality is the value of the filter's _id key when it has exactly one, whatever its other keys: the handlers
// filter every document read again, so pushing only the _id equality down narrows what SQLite reads, nothing more.
func idEquality(filter *types.Document) any {
	if filter == nil {
		return nil
	}
	n := 0
	for _, key := range filter.Keys() {
		if key == "_id" {
			n++
		}
	}
	if n != 1 {
		return nil
	}
	v, _ := filter.Get("_id")
	return v
}
`,
};

/**
 * FerretDB v1 runs update, findAndModify and delete as a read of the matching documents followed by a write of
 * each, outside any transaction: two of them at once on one document (from two connections, two processes) can
 * both match, and one's change is lost or a conditional update ("claim this lease if it is free") succeeds twice.
 * These two run those commands one at a time in the store, which makes each one atomic, as on MongoDB. SQLite takes
 * one writer at a time anyway; reads (find, count, aggregate) and inserts (a unique index decides between them)
 * still run side by side.
 */
const ONE_WRITE_AT_A_TIME: Patch[] = [
  {
    file: 'internal/handler/handler.go',
    from: '\th.initCommands()\n',
    to: '\th.initCommands()\n\tserializeWrites(h.commands)\n',
    occurrences: 1,
  },
  {
    file: 'internal/handler/commands.go',
    append: `
// writeTurn is held by the one read-then-write command running.
var writeTurn = make(chan struct{}, 1)

// serializeWrites wraps the commands that read documents and then write them so that they run one at a time.
func serializeWrites(commands map[string]*command) {
	for _, name := range []string{"update", "findAndModify", "findandmodify", "delete"} {
		cmd := commands[name]
		handle := cmd.Handler
		cmd.Handler = func(ctx context.Context, msg *wire.OpMsg) (*wire.OpMsg, error) {
			select {
			case writeTurn <- struct{}{}:
			case <-ctx.Done():
				return nil, ctx.Err()
			}
			defer func() { <-writeTurn }()
			return handle(ctx, msg)
		}
	}
}
`,
  },
];

/**
 * FerretDB tracks the lifetime of every iterator it makes, each document and array of each document read included:
 * a stack trace recorded in a pprof profile and a finalizer that panics if the iterator was never closed. That is a
 * check for its own tests, and it is a seventh of the store's time reading case documents; release builds such as
 * this one skip it.
 */
const NO_ITERATOR_TRACKING: Patch[] = ['Track', 'Untrack'].map((name) => ({
  file: 'internal/util/resource/resource.go',
  from: `func ${name}(obj any, token *Token) {\n\tcheckArgs(obj, token)\n`,
  to: `func ${name}(obj any, token *Token) {\n\tcheckArgs(obj, token)\n\n\tif !debugbuild.Enabled {\n\t\treturn\n\t}\n`,
  occurrences: 1,
}));

const PATCHES = [ID_PUSHDOWN, ...ONE_WRITE_AT_A_TIME, ...NO_ITERATOR_TRACKING];

function apply(moduleDir: string, patch: Patch): void {
  const file = path.join(moduleDir, patch.file);
  if (!fs.existsSync(file)) throw new Error(`Cannot find FerretDB's ${patch.file} to patch`);
  let source = fs.readFileSync(file, 'utf8');
  if (patch.from !== undefined) {
    const found = source.split(patch.from).length - 1;
    if (found !== patch.occurrences)
      throw new Error(
        `FerretDB's ${patch.file} changed: expected ${patch.occurrences} places to patch, found ${found}`,
      );
    source = source.split(patch.from).join(patch.to);
  }
  fs.chmodSync(file, 0o644);
  fs.writeFileSync(file, source + (patch.append ?? ''));
}

/**
 * Copies the FerretDB module beside a go.mod and go.sum of the build's own that replace it with the copy, patches
 * the copy, and returns that go.mod's path for `go build -modfile`.
 */
export function writeBuildModule(sourceDir: string): string {
  const list = spawnSync('go', ['list', '-m', '-f', '{{.Dir}}', 'github.com/FerretDB/FerretDB'], {
    cwd: sourceDir,
    encoding: 'utf8',
  });
  const module = list.stdout.trim();
  if (list.status !== 0 || !fs.existsSync(module))
    throw new Error(`Cannot find the FerretDB module to patch:\n${list.stderr}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ferretdb-build-'));
  const copy = path.join(dir, 'FerretDB');
  fs.cpSync(module, copy, { recursive: true });
  for (const patch of PATCHES) apply(copy, patch);
  const goMod = fs.readFileSync(path.join(sourceDir, 'go.mod'), 'utf8');
  fs.writeFileSync(
    path.join(dir, 'go.mod'),
    `${goMod}\nreplace github.com/FerretDB/FerretDB => ${JSON.stringify(copy)}\n`,
  );
  fs.copyFileSync(path.join(sourceDir, 'go.sum'), path.join(dir, 'go.sum'));
  return path.join(dir, 'go.mod');
}
