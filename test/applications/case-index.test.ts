import { Application, type ApplicationDoc } from '../../server/applications/application-model';
import {
  caseIndexMessage,
  everyTownshipDue,
  indexCase,
  rebuildCaseIndex,
  type CaseRow,
} from '../../server/applications/case-index';
import { CaseIndexBucket, CaseIndexHead } from '../../server/applications/case-index-model';
import { withOutbox } from '../../server/outbox/outbox';
import { startTestApp, type TestApp } from '../support/harness';
import { addStaff, seedAreas, signIn } from '../support/fixtures';

let app: TestApp;
let bayan: string;
let sumu: string;
let county: string;

const as = (token: string) => ({ Authorization: `Bearer ${token}` });
const ID_NUMBER = '150822195003121234';

beforeAll(async () => {
  app = await startTestApp();
  await seedAreas();
  await addStaff(app, 'bayan.staff', 'township_staff', '150822100');
  await addStaff(app, 'sumu.staff', 'township_staff', '150822200');
  await addStaff(app, 'county.supervisor', 'county_supervisor', '150822');
  [bayan, sumu, county] = await Promise.all([
    signIn(app, 'bayan.staff'),
    signIn(app, 'sumu.staff'),
    signIn(app, 'county.supervisor'),
  ]);
});
afterAll(() => app.close());

let number = 0;
/** A case as submission and the stages leave it, indexed as they index it. */
async function submittedCase(
  townshipId: '150822100' | '150822200',
  fields: Partial<Pick<ApplicationDoc, 'status' | 'programs' | 'currentStage' | 'currentDue'>> & {
    names?: string[];
    idNumber?: string;
  } = {},
) {
  const village = `${townshipId.slice(0, 8)}1`;
  const { names = ['巴特尔'], idNumber, ...rest } = fields;
  const created = await Application.create({
    status: 'submitted',
    jurisdiction: 'dengkou',
    areaId: village,
    areaPath: ['150822', townshipId, village],
    townshipId,
    programs: ['dibao'],
    createdBy: { kind: 'staff', id: 'seed' },
    caseNumber: `150822-2026-${String((number += 1)).padStart(6, '0')}`,
    members: names.map((name, i) => ({
      name,
      idNumberIndex: i === 0 && idNumber ? app.runtime.deps.crypto.blindIndex('idNumber', idNumber) : null,
      facts: { relation: i === 0 ? 'self' : 'child' },
    })),
    snapshots: [
      {
        version: 1,
        submittedAt: new Date(),
        submittedBy: { kind: 'staff', id: 'seed' },
        sha256: '0'.repeat(64),
        content: {},
      },
    ],
    currentStage: 'accept',
    currentDue: '2026-12-01',
    ...rest,
  });
  await indexCase(created.toObject());
  return created.toObject();
}

async function inbox(token: string, query = '') {
  const res = await app.http.get(`/api/v1/cases?size=100${query}`).set(as(token)).expect(200);
  return res.body as {
    items: { id: string; caseNumber: string; currentStageId: string | null }[];
    total: number;
  };
}
const ids = (page: { items: { id: string }[] }) => page.items.map((c) => c.id);

describe('the case index behind the inbox', () => {
  const made: Record<string, ApplicationDoc> = {};

  beforeAll(async () => {
    made.first = await submittedCase('150822100', { names: ['巴特尔', '其其格'], idNumber: ID_NUMBER });
    made.sumu = await submittedCase('150822200', { names: ['乌云'] });
    made.accepted = await submittedCase('150822100', {
      status: 'in_progress',
      currentStage: 'investigation',
      programs: ['tekun'],
    });
    made.closed = await submittedCase('150822100', {
      status: 'closed',
      currentStage: null,
      currentDue: null,
    });
    // Handed back to the applicant by a one-time notice: a draft again, out of the inbox until resubmitted.
    made.handedBack = await submittedCase('150822100', { status: 'draft' });
  });

  it('lists a township its own cases only, oldest first, and a county every township’s', async () => {
    const own = await inbox(bayan);
    expect(ids(own)).toEqual([made.first, made.accepted, made.closed].map((c) => String(c!._id)));
    expect(own.total).toBe(3);
    expect(ids(await inbox(sumu))).toEqual([String(made.sumu!._id)]);
    const all = await inbox(county);
    expect(ids(all)).toEqual([made.first, made.sumu, made.accepted, made.closed].map((c) => String(c!._id)));
  });

  it('filters by status, stage, programme, area and search (case number, any member’s name, ID number)', async () => {
    const one = async (query: string) => ids(await inbox(county, query));
    expect(await one('&status=in_progress')).toEqual([String(made.accepted!._id)]);
    expect(await one('&stage=investigation')).toEqual([String(made.accepted!._id)]);
    expect(await one('&program=tekun')).toEqual([String(made.accepted!._id)]);
    expect(await one('&areaId=150822201')).toEqual([String(made.sumu!._id)]);
    expect(await one(`&search=${encodeURIComponent(made.closed!.caseNumber!)}`)).toEqual([
      String(made.closed!._id),
    ]);
    expect(await one(`&search=${encodeURIComponent('其其')}`)).toEqual([String(made.first!._id)]);
    expect(await one(`&search=${ID_NUMBER}`)).toEqual([String(made.first!._id)]);
    expect(await one('&search=150822195003129999')).toEqual([]);
  });

  it('pages: page 2 goes on where page 1 ended, with the same total', async () => {
    const first = (await app.http.get('/api/v1/cases?size=2').set(as(county)).expect(200)).body;
    const second = (await app.http.get('/api/v1/cases?size=2&page=2').set(as(county)).expect(200)).body;
    expect(first).toMatchObject({ total: 4, page: 1, size: 2 });
    expect(second).toMatchObject({ total: 4, page: 2 });
    expect([...ids(first), ...ids(second)]).toEqual(ids(await inbox(county)));
  });

  it('after a crash between a change and its row, the change’s outbox message writes the row', async () => {
    const before = made.first!;
    // What recordStage saves, with the process gone before it wrote the row.
    await Application.findOneAndUpdate(
      { _id: before._id },
      withOutbox(
        {
          $set: { status: 'in_progress', currentStage: 'investigation', currentDue: '2026-12-20' },
          $inc: { revision: 1 },
        },
        [caseIndexMessage(before)],
      ),
    );
    const stale = (await inbox(bayan, '&status=in_progress')).items.map((c) => c.id);
    expect(stale).not.toContain(String(before._id));

    await app.runtime.deps.outbox.runOnce();
    const fresh = await inbox(bayan, '&status=in_progress');
    expect(fresh.items.find((c) => c.id === String(before._id))).toMatchObject({
      currentStageId: 'investigation',
    });
    const saved = await Application.findById(before._id).lean();
    expect(saved!.outbox.find((m) => m.kind === 'caseIndex')).toMatchObject({ status: 'sent' });
  });

  it('keeps each township a due list of its cases under way with a date, for the deadline sweep', async () => {
    const lists: Record<string, string[]> = {};
    for await (const township of everyTownshipDue())
      lists[township.townshipId] = township.cases.map(
        (c) => `${c.caseNumber} ${c.currentStage} ${c.currentDue}`,
      );
    expect(lists['150822100']!.sort()).toEqual(
      [
        `${made.first!.caseNumber} investigation 2026-12-20`,
        `${made.accepted!.caseNumber} investigation 2026-12-01`,
      ].sort(),
    );
    // Submitted (not yet accepted), closed and handed-back cases have no place in it.
    expect(lists['150822200']).toEqual([]);
  });

  it('never leaves an older row behind a newer change, whichever write lands last', async () => {
    const old = await submittedCase('150822200');
    const newer = await Application.findOneAndUpdate(
      { _id: old._id },
      { $set: { status: 'in_progress', currentStage: 'investigation' }, $inc: { revision: 1 } },
      { returnDocument: 'after' },
    ).lean<ApplicationDoc>();
    await indexCase(newer!);
    // A slower writer still holding the case as it was before the change writes last.
    await indexCase(old);
    const row = (await inbox(sumu)).items.find((c) => c.id === String(old._id));
    expect(row).toMatchObject({ currentStageId: 'investigation' });
  });

  it('rebuilds from the cases: the same inbox, and nothing of a case that is gone', async () => {
    const before = await inbox(county);
    const gone = await submittedCase('150822200');
    await Application.deleteOne({ _id: gone._id });
    // And a row edited by hand: the rebuild takes the case's word for it.
    const bucket = (await CaseIndexBucket.findOne({ _id: { $regex: '^150822100:' } }).lean())!;
    const [edited, row] = Object.entries(bucket.rows as Record<string, string>)[0]!;
    const wrong: CaseRow = { ...(JSON.parse(row) as CaseRow), status: 'closed' };
    await CaseIndexBucket.updateOne(
      { _id: bucket._id },
      { $set: { [`rows.${edited}`]: JSON.stringify(wrong) } },
    );
    await CaseIndexHead.updateOne({ _id: '150822100' }, { $inc: { version: 1 } });

    const counts = await rebuildCaseIndex();
    expect(counts).toMatchObject({ townships: 2 });
    const after = await inbox(county);
    expect(after).toEqual(before);
    expect(ids(after)).not.toContain(String(gone._id));
  });
});
