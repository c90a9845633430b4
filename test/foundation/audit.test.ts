import { spawn } from 'node:child_process';
import path from 'node:path';
import { appendAudit, auditTrailOf } from '../../server/audit/audit-log';
import {
  AuditCheckpoint,
  AuditEntry,
  AuditLogState,
  AuditPending,
  type AuditDoc,
} from '../../server/audit/audit-model';
import { hashEntry } from '../../server/audit/audit-hash';
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
    AuditEntry.deleteMany({}),
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

/** An attacker with write access to the store: edits an entry and re-hashes everything after it. */
async function rewriteFrom(seq: number, change: Record<string, unknown>) {
  await AuditEntry.collection.updateOne({ _id: seq as never }, { $set: change });
  const docs = await AuditEntry.find({ _id: { $gte: seq } })
    .sort({ _id: 1 })
    .lean<AuditDoc[]>();
  let prev = (await AuditEntry.findById(seq - 1).lean<AuditDoc>())?.hash ?? '0'.repeat(64);
  for (const doc of docs) {
    const hash = hashEntry({ ...doc, prevHash: prev } as never);
    await AuditEntry.collection.updateOne({ _id: doc._id as never }, { $set: { prevHash: prev, hash } });
    prev = hash;
  }
}

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
  });

  it('writes the entries of requests arriving together in one insert, each answered once it is stored', async () => {
    await Promise.all(Array.from({ length: 200 }, (_, i) => appendAudit(event(i))));
    const groups = await AuditPending.find().lean();
    expect(groups.length).toBeLessThanOrEqual(4);
    expect(groups.reduce((n, g) => n + g.entries.length, 0)).toBe(200);
    await sealer().sealAll();
    expect(await verifyAuditLog()).toMatchObject({ ok: true, entries: 200 });
  });

  it('detects an edited entry, and an edit re-hashed to hide it, against the checkpoint', async () => {
    await sealed(6);
    await AuditEntry.collection.updateOne({ _id: 3 as never }, { $set: { 'details.to': 'approved' } });
    expect(await verifyAuditLog()).toMatchObject({ ok: false, problem: { kind: 'hash_mismatch', seq: 3 } });

    await rewriteFrom(3, { 'details.to': 'approved' });
    expect(await verifyAuditLog()).toMatchObject({
      ok: false,
      problem: { kind: 'checkpoint_mismatch', seq: 6 },
    });
  });

  it('detects a removed entry', async () => {
    await sealed(6);
    await AuditEntry.collection.deleteOne({ _id: 4 as never });
    expect(await verifyAuditLog()).toMatchObject({ ok: false, problem: { kind: 'gap', seq: 4 } });
  });

  it('detects a truncated trail against the checkpoints, and against an outside checkpoint once those are gone too', async () => {
    const { checkpoint } = await sealed(6);
    await AuditEntry.collection.deleteMany({ _id: { $gte: 5 } as never });
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

  it('finishes a group sealed in part, and catches up with entries sealed by a sealer that stopped before recording them', async () => {
    await Promise.all(Array.from({ length: 5 }, (_, i) => appendAudit(event(i))));
    const [group] = await AuditPending.find().lean();
    const s = sealer();
    await s.sealAll();
    const whole = await AuditEntry.find().sort({ _id: 1 }).lean<AuditDoc[]>();

    // Stopped after entry 3 of the group's 5: the group is still pending, the state says 3.
    await AuditEntry.collection.deleteMany({ _id: { $gt: 3 } as never });
    await AuditPending.collection.insertOne(group!);
    await AuditLogState.updateOne({}, { $set: { size: 3, head: whole[2]!.hash } });
    await s.sealAll();
    expect(await AuditEntry.find().sort({ _id: 1 }).lean<AuditDoc[]>()).toEqual(whole);
    expect(await AuditPending.countDocuments()).toBe(0);

    // Sealed but not recorded: the state still says 3.
    await AuditLogState.updateOne({}, { $set: { size: 3, head: whole[2]!.hash } });
    await appendAudit(event(9));
    await s.sealAll();
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
    for (let burst = 0; burst < 20; burst += 1)
      await Promise.all(Array.from({ length: 25 }, (_, i) => appendAudit(event(burst * 25 + i))));
    stop = true;
    await Promise.all(loops);
    await a.sealAll();
    const report = await verifyAuditLog();
    expect(report).toMatchObject({ ok: true, entries: 500, pending: 0 });
    expect(new Set((await AuditEntry.find({}, { id: 1 }).lean()).map((e) => e.id)).size).toBe(500);
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
      await Promise.all(Array.from({ length: 20 }, (_, i) => appendAudit(event(appended + i))));
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
