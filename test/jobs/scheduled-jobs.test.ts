import { Application } from '../../server/applications/application-model';
import { indexCase } from '../../server/applications/case-index';
import { deadlineSweepJob } from '../../server/applications/deadline-sweep';
import { auditBulletinJob } from '../../server/audit/checkpoint-bulletin';
import { appendAudit } from '../../server/audit/audit-log';
import { verifyAuditLog, parseCheckpoint } from '../../server/audit/verify';
import { addWorkingDays } from '../../server/calendar/working-days';
import { takeLock } from '../../server/jobs/job-lock';
import { startTestApp, type TestApp } from '../support/harness';
import { seedAreas } from '../support/fixtures';
import { startWeComServer, type WeComServer } from '../support/wecom-server';

let app: TestApp;
let wecom: WeComServer;

// A Monday with no holiday near it: two working days later is Wednesday.
const TODAY = '2025-06-09';
const NOW = new Date(`${TODAY}T07:30:00+08:00`);

beforeAll(async () => {
  wecom = await startWeComServer({ keys: ['bayan', 'sumu', 'county'] });
  app = await startTestApp({
    WECOM_WEBHOOKS: `150822100=${wecom.url('bayan')},150822200=${wecom.url('sumu')},150822=${wecom.url('county')}`,
  });
  await seedAreas();
});
afterAll(async () => {
  await app.close();
  await wecom.close();
});

let number = 0;
const openCase = async (
  townshipId: string,
  currentDue: string | null,
  status: 'in_progress' | 'closed' = 'in_progress',
) => {
  const created = await Application.create({
    status,
    jurisdiction: 'dengkou',
    areaId: `${townshipId.slice(0, 8)}1`,
    areaPath: ['150822', townshipId, `${townshipId.slice(0, 8)}1`],
    townshipId,
    programs: ['dibao'],
    createdBy: { kind: 'staff', id: 'seed' },
    caseNumber: `150822-2025-${String((number += 1)).padStart(6, '0')}`,
    acceptedOn: '2025-05-20',
    currentStage: 'investigation',
    currentDue,
  });
  // Cases made here rather than through the API enter the case index as a change would put them there.
  await indexCase(created.toObject());
  return created;
};

describe('scheduled jobs', () => {
  it('sweeps deadlines: sends each township one bulletin of its cases due soon, overdue first, once a day', async () => {
    const late = await openCase('150822100', '2025-06-06');
    const soon = await openCase('150822100', addWorkingDays(TODAY, 2).date);
    await openCase('150822100', addWorkingDays(TODAY, 3).date);
    await openCase('150822200', TODAY);
    await openCase('150822200', '2025-06-01', 'closed');
    await openCase('150822200', null);

    const run = await app.runtime.deps.jobs.run(deadlineSweepJob, { now: NOW });
    expect(run).toMatchObject({
      status: 'done',
      counts: { due: 3, overdue: 1, dueSoon: 2, townships: 2, posted: 2 },
    });

    await app.runtime.deps.outbox.runOnce();
    const [bayan] = wecom.received('bayan');
    expect(wecom.received('bayan')).toHaveLength(1);
    expect(bayan!.content).toContain('办理期限提醒');
    expect(bayan!.content).toContain(`${late.caseNumber}：入户调查，期限 2025-06-06，已超期`);
    expect(bayan!.content).toContain(soon.caseNumber!);
    expect(wecom.received('sumu')).toHaveLength(1);

    // A second run the same day (another instance, an admin) sends nothing again.
    const again = await app.runtime.deps.jobs.run(deadlineSweepJob, { now: NOW });
    expect(again).toMatchObject({ status: 'done', counts: { due: 3, posted: 0 } });
    await app.runtime.deps.outbox.runOnce();
    expect(wecom.received('bayan')).toHaveLength(1);
  });

  it('runs a job in one instance at a time: a run finding the lock taken does nothing', async () => {
    const lock = await takeLock(app.runtime.deps.redis, 'job-lock:deadline-sweep', 10_000);
    expect(lock).not.toBeNull();
    expect(await app.runtime.deps.jobs.run(deadlineSweepJob, { now: NOW })).toEqual({ status: 'busy' });
    await lock!.release();
    expect(await app.runtime.deps.jobs.run(deadlineSweepJob, { now: NOW })).toMatchObject({ status: 'done' });
  });

  it('sends the county the day’s audit checkpoint, which verifies the trail', async () => {
    await appendAudit({
      actor: { kind: 'staff', id: 's1' },
      channel: 'console',
      action: 'read',
      record: { type: 'application', id: 'a1' },
    });
    const run = await app.runtime.deps.jobs.run(auditBulletinJob, { now: NOW });
    expect(run).toMatchObject({ status: 'done', counts: { counties: 1, posted: 1 } });
    await app.runtime.deps.outbox.runOnce();
    const [message] = wecom.received('county');
    const text = /--checkpoint (\S+)`/.exec(message!.content)?.[1];
    const checkpoint = parseCheckpoint(text ?? '');
    expect(checkpoint).not.toBeNull();
    expect(await verifyAuditLog({ outside: checkpoint! })).toMatchObject({ ok: true });
  });
});
