import { spawn } from 'node:child_process';
import path from 'node:path';
import { appendAudit, auditPageOf, auditTrailOf } from '../../server/audit/audit-log';
import {
  AuditCheckpoint,
  AuditLogState,
  AuditPending,
  AuditTile,
  type AuditTileDoc,
} from '../../server/audit/audit-model';
import { chainHead } from '../../server/audit/audit-hash';
import { AuditSealer } from '../../server/audit/sealer';
import { verifyAuditLog } from '../../server/audit/verify';
import { createLogger } from '../../server/logger';
import { startTestApp, type TestApp } from '../support/harness';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());
beforeEach(() =>
  Promise.all([
    AuditTile.deleteMany({}),
    AuditPending.deleteMany({}),
    AuditLogState.deleteMany({}),
    AuditCheckpoint.deleteMany({}),
  ]),
);

const event = (n: number) => ({
  actor: { kind: 'staff', id: `s${n}`, role: 'township_staff' },
  channel: 'console' as const,
  action: n % 2 ? 'read' : 'update',
  record: { type: 'case', id: `c${n % 3}` },
  areaId: '150822100',
  details: { field: 'stage', to: `stage-${n}` },
});

const sealer = (opts: { holder?: string; leaseMs?: number; batchSize?: number } = {}) =>
  new AuditSealer({
    logger: createLogger('silent'),
    intervalMs: 10,
    batchSize: opts.batchSize ?? 1000,
    leaseMs: opts.leaseMs ?? 30_000,
    checkpointEveryMs: 60_000,
    holder: opts.holder,
  });

async function sealed(n: number) {
  for (let i = 1; i <= n; i += 1) await appendAudit(event(i));
  return sealer().sealAll({ checkpoint: true });
}

const trail = () => AuditTile.find().sort({ _id: 1 }).lean<AuditTileDoc[]>();

/** An attacker with write access to the store: changes a tile and re-hashes every tile from it on. */
async function rewriteFrom(first: number, change: Record<string, unknown>) {
  await AuditTile.collection.updateOne({ _id: first as never }, { $set: change });
  let prev = (
    await AuditTile.findOne({ _id: { $lt: first } })
      .sort({ _id: -1 })
      .lean<AuditTileDoc>()
  )?.hash;
  prev ??= '0'.repeat(64);
  for (const tile of (await trail()).filter((t) => t._id >= first)) {
    const hash = chainHead(tile._id, prev, tile.entries);
    await AuditTile.collection.updateOne({ _id: tile._id as never }, { $set: { prevHash: prev, hash } });
    prev = hash;
  }
}

/** Appends `n` entries at once (one group commit) and waits until they are stored. */
const together = (n: number, from = 0) =>
  Promise.all(Array.from({ length: n }, (_, i) => appendAudit(event(from + i))));

describe('audit log', () => {
  it('stores an entry at once, lists it before it is sealed, then seals it into a chain that verifies', async () => {
    for (let i = 1; i <= 5; i += 1) await appendAudit(event(i));
    const before = await auditTrailOf({ type: 'case', id: 'c1' });
    expect(before.map((e) => [e.seq, e.action])).toEqual([
      [null, 'read'],
      [null, 'update'],
    ]);

    const { sealed: count, checkpoint } = await sealer().sealAll({ checkpoint: true });
    expect(count).toBe(5);
    expect(checkpoint).toMatchObject({ size: 5, head: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(await AuditPending.countDocuments()).toBe(0);
    expect(await verifyAuditLog()).toEqual({ ok: true, entries: 5, checkpoints: 1, pending: 0 });
    const after = await auditTrailOf({ type: 'case', id: 'c1' });
    expect(after.map((e) => e.seq)).toEqual([1, 4]);
    expect(after[0]).toMatchObject({
      at: expect.any(Date),
      actor: { kind: 'staff', id: 's1', role: 'township_staff' },
      channel: 'console',
      record: { type: 'case', id: 'c1' },
      details: { field: 'stage', to: 'stage-1' },
    });
  });

  it('writes the entries of requests arriving together in one insert, and seals each group as one tile', async () => {
    await together(200);
    const groups = await AuditPending.find().lean();
    expect(groups.length).toBeLessThanOrEqual(4);
    expect(groups.reduce((n, g) => n + g.entries.length, 0)).toBe(200);
    await sealer().sealAll();
    const tiles = await trail();
    expect(tiles.map((t) => t.group).sort()).toEqual(groups.map((g) => String(g._id)).sort());
    expect(await verifyAuditLog()).toMatchObject({ ok: true, entries: 200 });

    // A case's trail picks its own entries out of the shared tiles, in order, and pages through them.
    const c2 = await auditTrailOf({ type: 'case', id: 'c2' });
    expect(c2.map((e) => e.details?.to)).toEqual(
      Array.from({ length: 200 }, (_, i) => i)
        .filter((i) => i % 3 === 2)
        .map((i) => `stage-${i}`),
    );
    expect(c2.every((e, i) => i === 0 || e.seq! > c2[i - 1]!.seq!)).toBe(true);
    const page = await auditPageOf({ type: 'case', id: 'c2' }, { page: 2, size: 20 });
    expect(page).toEqual({ total: c2.length, items: c2.slice(20, 40) });
  });

  it('detects an edited entry, and an edit re-hashed to hide it, against the checkpoint', async () => {
    await sealed(6);
    const [third] = (await AuditTile.findById(3).lean<AuditTileDoc>())!.entries;
    const edited = third!.replace('stage-3', 'approved');
    await AuditTile.collection.updateOne({ _id: 3 as never }, { $set: { 'entries.0': edited } });
    expect(await verifyAuditLog()).toMatchObject({
      ok: false,
      problem: { kind: 'hash_mismatch', seq: 3, last: 3 },
    });

    await rewriteFrom(3, { 'entries.0': edited });
    expect(await verifyAuditLog()).toMatchObject({
      ok: false,
      problem: { kind: 'checkpoint_mismatch', seq: 6 },
    });
  });

  it('detects an edited entry in a tile of many, and a tile hidden from its case’s trail', async () => {
    await together(10);
    await sealer().sealAll({ checkpoint: true });
    const [tile] = await trail();
    expect(tile!.entries).toHaveLength(10);
    const edited = tile!.entries[7]!.replace('"read"', '"update"');
    await AuditTile.collection.updateOne({ _id: 1 as never }, { $set: { 'entries.7': edited } });
    expect(await verifyAuditLog()).toMatchObject({
      ok: false,
      problem: { kind: 'hash_mismatch', seq: 1, last: 10 },
    });

    await AuditTile.collection.updateOne({ _id: 1 as never }, { $set: { entries: tile!.entries } });
    expect(await verifyAuditLog()).toMatchObject({ ok: true, entries: 10 });
    // The records a tile is found by are not hashed: verification checks them against the entries.
    await AuditTile.collection.updateOne({ _id: 1 as never }, { $pull: { records: 'case:c1' } as never });
    expect(await auditTrailOf({ type: 'case', id: 'c1' })).toEqual([]);
    expect(await verifyAuditLog()).toMatchObject({
      ok: false,
      problem: { kind: 'records_mismatch', seq: 1, last: 10 },
    });
  });

  it('detects a removed entry', async () => {
    await sealed(6);
    await AuditTile.collection.deleteOne({ _id: 4 as never });
    expect(await verifyAuditLog()).toMatchObject({ ok: false, problem: { kind: 'gap', seq: 4 } });
  });

  it('detects a truncated trail against the checkpoints, and against an outside checkpoint once those are gone too', async () => {
    const { checkpoint } = await sealed(6);
    await AuditTile.collection.deleteMany({ _id: { $gte: 5 } as never });
    expect(await verifyAuditLog()).toMatchObject({ ok: false, problem: { kind: 'truncated', seq: 5 } });

    // The store rewritten to look whole: checkpoints and state cut back to four entries.
    await AuditCheckpoint.deleteMany({});
    await AuditLogState.updateOne({}, { $set: { size: 4 } });
    expect(await verifyAuditLog()).toMatchObject({ ok: true, entries: 4 });
    expect(await verifyAuditLog({ outside: checkpoint! })).toMatchObject({
      ok: false,
      problem: { kind: 'truncated', seq: 5 },
    });
  });

  it('fails on a store with no audit log, and on a checkpoint of another log', async () => {
    expect(await verifyAuditLog()).toMatchObject({ ok: false, problem: { kind: 'empty' } });
    await sealed(2);
    const other = { logId: '00000000-0000-4000-8000-000000000000', size: 2, head: 'a'.repeat(64) };
    expect(await verifyAuditLog({ outside: other })).toMatchObject({
      ok: false,
      problem: { kind: 'other_log' },
    });
  });

  it('keeps one sealer at a time under the lease', async () => {
    await appendAudit(event(1));
    const first = sealer({ holder: 'first' });
    const second = sealer({ holder: 'second' });
    expect(await first.round()).toMatchObject({ leased: true, sealed: 1 });
    await appendAudit(event(2));
    expect(await second.round()).toMatchObject({ leased: false, sealed: 0 });
    await first.stop();
  });

  it('resumes after a sealer stopped between inserting its tiles, removing their groups and recording them', async () => {
    for (let burst = 0; burst < 3; burst += 1) await together(5, burst * 5);
    const groups = await AuditPending.find().lean();
    expect(groups).toHaveLength(3);
    const s = sealer();
    await s.sealAll();
    const whole = await trail();
    expect(whole.map((t) => t._id)).toEqual([1, 6, 11]);

    // Stopped half way through its insert: the first tile in, every group still pending, the state not moved.
    await AuditTile.collection.deleteMany({ _id: { $gt: 1 } as never });
    await AuditPending.collection.insertMany(groups);
    await AuditLogState.updateOne({}, { $set: { size: 0, head: '0'.repeat(64) } });
    await s.sealAll();
    expect(await trail()).toEqual(whole);
    expect(await AuditPending.countDocuments()).toBe(0);
    expect(await AuditLogState.findOne().lean()).toMatchObject({ size: 15, head: whole[2]!.hash });

    // Stopped after removing the groups, before recording the progress: caught up at the next entry.
    await AuditLogState.updateOne({}, { $set: { size: 5, head: whole[0]!.hash } });
    await appendAudit(event(99));
    const { sealed: count } = await s.sealAll();
    expect(count).toBe(11);
    expect(await verifyAuditLog()).toMatchObject({ ok: true, entries: 16, pending: 0 });
  });

  it('never seals a group twice, even when it is pending again after its tile went in', async () => {
    await together(5);
    const [group] = await AuditPending.find().lean();
    const s = sealer();
    await s.sealAll();
    await AuditPending.collection.insertOne(group!);
    await appendAudit(event(9));
    await s.sealAll();
    const tiles = await trail();
    expect(tiles.map((t) => [t._id, t.entries.length])).toEqual([
      [1, 5],
      [6, 1],
    ]);
    expect(await AuditPending.countDocuments()).toBe(0);
    expect(await verifyAuditLog()).toMatchObject({ ok: true, entries: 6 });
  });

  it('never forks the chain nor seals an entry twice when two sealers run at once in one process', async () => {
    const a = sealer({ holder: 'a', leaseMs: 1, batchSize: 40 });
    const b = sealer({ holder: 'b', leaseMs: 1, batchSize: 40 });
    let stop = false;
    const loop = async (s: AuditSealer) => {
      while (!stop) await s.round();
    };
    const loops = [loop(a), loop(b)];
    for (let burst = 0; burst < 20; burst += 1) await together(25, burst * 25);
    stop = true;
    await Promise.all(loops);
    await a.sealAll();
    const report = await verifyAuditLog();
    expect(report).toMatchObject({ ok: true, entries: 500, pending: 0 });
    const tiles = await trail();
    expect(new Set(tiles.map((t) => t.group)).size).toBe(tiles.length);
    const details = tiles.flatMap((t) =>
      t.entries.map((e) => (JSON.parse(e) as { details: unknown }).details),
    );
    expect(new Set(details.map((d) => JSON.stringify(d))).size).toBe(500);
  });

  it('never forks the chain when a second server process seals the same store at once', async () => {
    const uri = app.runtime.deps.config.MONGODB_URI!;
    const child = spawn(
      process.execPath,
      [
        path.join(__dirname, '../../node_modules/tsx/dist/cli.mjs'),
        path.join(__dirname, '../support/sealer-process.ts'),
        uri,
        app.runtime.deps.config.MONGODB_DB,
        '3000',
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    const ready = new Promise<void>((resolve) =>
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        if (out.includes('READY')) resolve();
      }),
    );
    let running = true;
    const exited = new Promise((resolve) => child.on('exit', resolve)).finally(() => (running = false));

    const local = sealer({ holder: 'this-process', leaseMs: 1, batchSize: 50 });
    await ready;
    const loop = (async () => {
      while (running) await local.round();
    })();
    // Appends while both seal, for as long as the other process runs (up to 1,000 entries).
    let appended = 0;
    while (running && appended < 1000) {
      await together(20, appended);
      appended += 20;
    }
    await exited;
    await loop;
    await local.sealAll();
    // Which process wins each round depends on the machine; what must hold is one chain with every entry once.
    expect(out).toMatch(/SEALED \d+/);
    const report = await verifyAuditLog();
    expect(report).toMatchObject({ ok: true, entries: appended, pending: 0 });
  }, 180_000);
});
