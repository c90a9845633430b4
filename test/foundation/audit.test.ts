import { appendAudit, appendToChain, auditTrailOf, verifyAuditChain } from '../../server/audit/audit-log';
import { AuditEntry } from '../../server/audit/audit-model';
import { startTestApp, type TestApp } from '../support/harness';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());
beforeEach(() => AuditEntry.deleteMany({}));

const event = (n: number) => ({
  actor: { kind: 'staff', id: `s${n}`, role: 'township_staff' },
  channel: 'console' as const,
  action: n % 2 ? 'read' : 'update',
  record: { type: 'case', id: `c${n % 3}` },
  areaId: '150822100',
  details: { field: 'stage', to: `stage-${n}` },
});

describe('audit trail', () => {
  it('chains entries in order and verifies them', async () => {
    for (let i = 1; i <= 5; i += 1) await appendAudit(event(i));
    expect(await verifyAuditChain()).toEqual({ entries: 5, ok: true });
    const trail = await auditTrailOf({ type: 'case', id: 'c1' });
    expect(trail.map((e) => e.seq)).toEqual([1, 4]);
    expect(trail[1]!.prevHash).not.toBe(trail[0]!.hash); // entry 3 lies between them
  });

  it('stays one unbroken chain under independent writers racing for the next number', async () => {
    await Promise.all(Array.from({ length: 25 }, (_, i) => appendToChain(event(i))));
    const report = await verifyAuditChain();
    expect(report).toEqual({ entries: 25, ok: true });
  });

  it('queues a burst from one process far beyond what racing could settle, in order', async () => {
    await Promise.all(Array.from({ length: 200 }, (_, i) => appendAudit(event(i))));
    expect(await verifyAuditChain()).toEqual({ entries: 200, ok: true });
    const order = (await AuditEntry.find({}, { details: 1 }).sort({ seq: 1 }).lean()).map(
      (e) => (e.details as { to: string }).to,
    );
    expect(order).toEqual(Array.from({ length: 200 }, (_, i) => `stage-${i}`));
  });

  it('detects an edited entry', async () => {
    for (let i = 1; i <= 4; i += 1) await appendAudit(event(i));
    await AuditEntry.collection.updateOne({ seq: 2 }, { $set: { 'details.to': 'approved' } });
    expect(await verifyAuditChain()).toEqual({
      entries: 2,
      ok: false,
      brokenAt: { seq: 2, reason: 'hash_mismatch' },
    });
  });

  it('detects an edit that recomputes the hash, because the next link breaks', async () => {
    for (let i = 1; i <= 4; i += 1) await appendAudit(event(i));
    await AuditEntry.collection.updateOne({ seq: 2 }, { $set: { action: 'delete', hash: 'f'.repeat(64) } });
    const report = await verifyAuditChain();
    expect(report.ok).toBe(false);
    expect(report.brokenAt?.seq).toBe(2);
  });

  it('detects a deleted entry', async () => {
    for (let i = 1; i <= 4; i += 1) await appendAudit(event(i));
    await AuditEntry.collection.deleteOne({ seq: 3 });
    expect(await verifyAuditChain()).toMatchObject({ ok: false, brokenAt: { seq: 3, reason: 'gap' } });
  });
});
