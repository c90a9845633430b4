import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * One change to FerretDB v1.24, applied to a copy of the module when the embedded store is built (a `replace` in a
 * go.mod of the build's own, `go build -modfile`), never to the module cache: its SQLite backend sends SQL an `_id` equality only when `_id` is the whole filter
 * (internal/backends/sqlite/collection.go), so an update guarded by more than the id (`{ _id, revision }`, the
 * outbox's `{ _id, outboxLeaseUntil }` …) read and decoded the whole collection — minutes at 100,000 cases. With
 * the overlay the `_id` equality goes to SQL whatever else the filter holds. Every handler applies the whole filter
 * again to each document it reads (FilterIterator, FilterDocument), so this only narrows what SQLite returns.
 */
export const PATCH_SOURCE = __filename;

const FILE = 'internal/backends/sqlite/collection.go';
const FROM = 'if params.Filter.Len() == 1 {\n\t\tv, _ := params.Filter.Get("_id")\n';
const TO = '{\n\t\tv := idEquality(params.Filter)\n';
const HELPER = `
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
`;

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
  if (list.status !== 0 || !fs.existsSync(path.join(module, FILE)))
    throw new Error(`Cannot find FerretDB's ${FILE} to patch:\n${list.stderr}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ferretdb-build-'));
  const copy = path.join(dir, 'FerretDB');
  fs.cpSync(module, copy, { recursive: true });
  const file = path.join(copy, FILE);
  const source = fs.readFileSync(file, 'utf8');
  const found = source.split(FROM).length - 1;
  // The query and its explanation: if FerretDB changed, fail the build rather than build without the patch.
  if (found !== 2)
    throw new Error(`FerretDB's ${FILE} changed: expected 2 _id pushdowns to patch, found ${found}`);
  fs.chmodSync(file, 0o644);
  fs.writeFileSync(file, source.split(FROM).join(TO) + HELPER);
  const goMod = fs.readFileSync(path.join(sourceDir, 'go.mod'), 'utf8');
  fs.writeFileSync(
    path.join(dir, 'go.mod'),
    `${goMod}\nreplace github.com/FerretDB/FerretDB => ${JSON.stringify(copy)}\n`,
  );
  fs.copyFileSync(path.join(sourceDir, 'go.sum'), path.join(dir, 'go.sum'));
  return path.join(dir, 'go.mod');
}
