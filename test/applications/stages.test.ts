import { Application } from '../../server/applications/application-model';
import { auditTrailOf } from '../../server/audit/audit-log';
import { residentToken, submittedCase } from '../support/cases';
import { addStaff, seedChaohu, seedYichun, signIn } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/harness';

/**
 * Staff record the stages of a case through POST /api/v1/applications/:id/stages, under the rules the pack sets;
 * the applicant reads each change at once from GET …/timeline. Dates are in the past (the API takes no future
 * date), so each case is submitted "earlier" and walked forward day by day.
 */

let app: TestApp;
let resident: string;
let chaohuTownship: string;
let chaohuStaffId: string;
let chaohuWorker: string;
let yichunTownship: string;
let yichunStaffId: string;

const as = (token: string) => ({ Authorization: `Bearer ${token}` });

beforeAll(async () => {
  app = await startTestApp({ DEV_LOGIN: 'true' });
  await seedChaohu();
  await seedYichun();
  chaohuStaffId = String((await addStaff(app, 'zhegao.staff', 'township_staff', '340181100'))._id);
  await addStaff(app, 'wangqiao.worker', 'village_worker', '340181101');
  yichunStaffId = String((await addStaff(app, 'xuri.staff', 'township_staff', '230717001'))._id);
  chaohuTownship = await signIn(app, 'zhegao.staff');
  chaohuWorker = await signIn(app, 'wangqiao.worker');
  yichunTownship = await signIn(app, 'xuri.staff');
  resident = await residentToken(app, 'resident-stages');
});
afterAll(() => app.close());

const record = (id: string, token: string, body: object) =>
  app.http.post(`/api/v1/applications/${id}/stages`).set(as(token)).send(body);
const timeline = async (id: string) =>
  (await app.http.get(`/api/v1/applications/${id}/timeline`).set(as(resident)).expect(200)).body;
type Entry = { id: string; occurrence: number; state: string; due: string | null; [k: string]: unknown };
const entries = (t: { stages: Entry[] }, id: string) => t.stages.filter((s) => s.id === id);
const twoInvestigators = () => [{ staffId: chaohuStaffId }, { name: '张明' }];

describe('Chaohu through the staff API: the stage rules, an objection, a second review and a second publication', () => {
  let id: string;

  beforeAll(async () => {
    id = await submittedCase(app, {
      token: resident,
      areaId: '340181101',
      programs: ['dibao'],
      submittedOn: '2026-09-25',
    });
  });

  it('takes a home visit only with at least two investigators, named or by an account of the area', async () => {
    await record(id, chaohuWorker, { stage: 'accept', outcome: 'accepted', on: '2026-09-28' }).expect(200);
    await record(id, chaohuWorker, { stage: 'village_review', on: '2026-09-30' }).expect(200);

    const one = await record(id, chaohuTownship, {
      stage: 'investigation',
      on: '2026-10-09',
      investigators: [{ staffId: chaohuStaffId }],
    }).expect(400);
    expect(one.body.error.code).toBe('investigators_too_few');
    expect(one.body.error.message).toContain('至少需要 2 名调查人员（000 四(二)2）');
    const missing = await record(id, chaohuTownship, { stage: 'investigation', on: '2026-10-09' }).expect(
      400,
    );
    expect(missing.body.error.fields).toEqual([expect.objectContaining({ path: 'body.investigators' })]);
    const outsider = await record(id, chaohuTownship, {
      stage: 'investigation',
      on: '2026-10-09',
      investigators: [{ staffId: yichunStaffId }, { name: '张明' }],
    }).expect(400);
    expect(outsider.body.error.code).toBe('investigator_unknown');
    const twice = await record(id, chaohuTownship, {
      stage: 'investigation',
      on: '2026-10-09',
      investigators: [{ name: '张明' }, { name: '张明' }],
    }).expect(400);
    expect(twice.body.error.code).toBe('investigator_repeated');
    const village = await record(id, chaohuWorker, {
      stage: 'investigation',
      on: '2026-10-09',
      investigators: twoInvestigators(),
    }).expect(403);
    expect(village.body.error.code).toBe('stage_not_for_role');

    const done = await record(id, chaohuTownship, {
      stage: 'investigation',
      on: '2026-10-09',
      investigators: twoInvestigators(),
    }).expect(200);
    expect(entries(done.body, 'investigation')[0]).toMatchObject({
      state: 'done',
      on: '2026-10-09',
      due: '2026-10-10', // 5 working days from 09-28 across National Day, Sat 10-10 a make-up day (000 四(二))
      excludes: ['verification'],
      record: { investigators: ['zhegao.staff', '张明'] },
    });
    // The applicant reads it at once.
    const seen = await timeline(id);
    expect(entries(seen, 'investigation')[0]!.record).toEqual({ investigators: ['zhegao.staff', '张明'] });
    expect(seen.current).toMatchObject({ id: 'community_review', due: '2026-10-15', projected: false });
  });

  it('takes a community review only with its quorum (000 四(三)) and records whether two thirds voted for', async () => {
    const vote = { participants: 11, villagerRepresentatives: 4, committeeMembers: 3, inFavour: 8 };
    const refused = async (v: object, code: string, text: string) => {
      const res = await record(id, chaohuTownship, {
        stage: 'community_review',
        on: '2026-10-15',
        vote: { ...vote, ...v },
      }).expect(400);
      expect(res.body.error).toMatchObject({ code, message: expect.stringContaining(text) });
    };
    await refused(
      { participants: 7, villagerRepresentatives: 3, committeeMembers: 2, inFavour: 6 },
      'vote_too_few_members',
      '不得少于 9 人',
    );
    await refused({ participants: 10 }, 'vote_members_not_odd', '应为单数');
    await refused({ villagerRepresentatives: 3 }, 'vote_representatives_too_few', '3/11');
    await refused({ committeeMembers: 4 }, 'vote_committee_too_many', '4/11');
    await refused({ inFavour: 12 }, 'vote_counts_inconsistent', '11');
    const noVote = await record(id, chaohuTownship, { stage: 'community_review', on: '2026-10-15' }).expect(
      400,
    );
    expect(noVote.body.error.fields[0].path).toBe('body.vote');

    const passed = await record(id, chaohuTownship, {
      stage: 'community_review',
      on: '2026-10-15',
      vote,
    }).expect(200);
    expect(entries(passed.body, 'community_review')[0]).toMatchObject({
      outcome: '民主评议通过',
      record: { vote: { participants: 11, inFavour: 8, passed: true } },
    });
  });

  it('holds the next stage until the publication has run its days, and an objection reopens the review', async () => {
    await record(id, chaohuTownship, { stage: 'review', on: '2026-10-20' }).expect(200);
    const posted = await record(id, chaohuWorker, { stage: 'review_publication', on: '2026-10-21' }).expect(
      200,
    );
    expect(entries(posted.body, 'review_publication')[0]).toMatchObject({
      state: 'done',
      on: '2026-10-21',
      until: '2026-10-28',
    });
    expect(posted.body.current).toMatchObject({ id: 'approval', notBefore: '2026-10-29' });
    expect(posted.body.expected).toEqual([
      expect.objectContaining({ stage: 'approval', form: 'approval', amountsFor: ['dibao'] }),
      expect.objectContaining({ stage: 'review_publication', event: 'objection', opens: 'reinvestigation' }),
    ]);

    const early = await record(id, chaohuTownship, {
      stage: 'approval',
      on: '2026-10-27',
      outcome: 'approved',
      amountsFen: { dibao: 52000 },
    }).expect(409);
    expect(early.body.error).toMatchObject({
      code: 'publication_not_over',
      message: expect.stringContaining('2026-10-28'),
    });
    const late = await record(id, chaohuTownship, {
      stage: 'review_publication',
      event: 'objection',
      on: '2026-10-29',
    }).expect(400);
    expect(late.body.error.code).toBe('objection_outside_publication');

    const objected = await record(id, chaohuTownship, {
      stage: 'review_publication',
      event: 'objection',
      on: '2026-10-26',
      note: '反映家庭有未申报的经营收入',
    }).expect(200);
    expect(entries(objected.body, 'review_publication')[0]!.objection).toBe('2026-10-26');
    // A new review decision within 10 working days of the objection (000 四(四)), then a second publication.
    expect(objected.body.current).toMatchObject({
      id: 'reinvestigation',
      due: '2026-11-09',
      projected: false,
    });
    expect(entries(objected.body, 'review_publication')[1]).toMatchObject({
      occurrence: 2,
      state: 'upcoming',
      due: '2026-11-16',
      projected: true,
    });
    expect(entries(objected.body, 'approval')[0]).toMatchObject({ due: '2026-11-23', round: '2026-11' });

    const skipped = await record(id, chaohuTownship, {
      stage: 'approval',
      on: '2026-11-02',
      outcome: 'approved',
      amountsFen: { dibao: 52000 },
    }).expect(409);
    expect(skipped.body.error.message).toContain('有异议的重新调查核实并作出审核决定');
  });

  it('records the second review, the second publication and the approval with its amount, each with its deadline', async () => {
    await record(id, chaohuTownship, { stage: 'reinvestigation', on: '2026-11-06' }).expect(400);
    const reviewed = await record(id, chaohuTownship, {
      stage: 'reinvestigation',
      on: '2026-11-06',
      investigators: twoInvestigators(),
    }).expect(200);
    expect(reviewed.body.current).toMatchObject({
      id: 'review_publication',
      due: '2026-11-13',
      projected: false,
    });
    await record(id, chaohuWorker, { stage: 'review_publication', on: '2026-11-09' }).expect(200);

    const noAmount = await record(id, chaohuTownship, {
      stage: 'approval',
      on: '2026-11-20',
      outcome: 'approved',
    }).expect(400);
    expect(noAmount.body.error).toMatchObject({
      code: 'approval_amount_required',
      message: expect.stringContaining('dibao'),
    });
    const approved = await record(id, chaohuTownship, {
      stage: 'approval',
      on: '2026-11-20',
      outcome: 'approved',
      amountsFen: { dibao: 52000 },
    }).expect(200);
    expect(approved.body.decision).toMatchObject({
      outcome: 'approved',
      amountsFen: { dibao: 52000 },
      emergency: false,
    });
    await record(id, chaohuTownship, { stage: 'approval_publication', on: '2026-11-23' }).expect(200);

    const t = await timeline(id);
    expect(t.stages.map((s: Entry) => [s.id, s.occurrence, s.state, s.due])).toEqual([
      ['apply', 1, 'done', null],
      ['accept', 1, 'done', null],
      ['village_review', 1, 'done', '2026-09-30'],
      ['investigation', 1, 'done', '2026-10-10'],
      ['community_review', 1, 'done', '2026-10-15'],
      ['review', 1, 'done', '2026-10-22'],
      ['review_publication', 1, 'done', '2026-10-28'],
      ['reinvestigation', 1, 'done', '2026-11-09'],
      ['review_publication', 2, 'done', '2026-11-16'],
      ['approval', 1, 'done', '2026-11-23'],
      ['approval_publication', 1, 'done', '2026-11-30'],
      ['payment', 1, 'current', null],
    ]);
    expect(t.current).toMatchObject({ id: 'payment', notBefore: '2026-12-01' });
    expect(t.payment).toEqual([
      expect.objectContaining({ rule: 'month_after_approval', from: '2026-12', projected: false }),
    ]);
    expect(entries(t, 'review_publication')[1]!.notes).toContain('公示期不计入办理时限。');

    // Every recording is in the audit trail, with what the stage's rules asked for.
    const trail = (await auditTrailOf({ type: 'application', id })).filter((e) => e.action === 'stage');
    expect(trail.map((e) => [e.details?.stage, e.details?.event])).toEqual([
      ['accept', 'done'],
      ['village_review', 'done'],
      ['investigation', 'done'],
      ['community_review', 'done'],
      ['review', 'done'],
      ['review_publication', 'done'],
      ['review_publication', 'objection'],
      ['reinvestigation', 'done'],
      ['review_publication', 'done'],
      ['approval', 'done'],
      ['approval_publication', 'done'],
    ]);
    expect(trail[3]!.details).toMatchObject({ outcome: 'passed', vote: { participants: 11, inFavour: 8 } });
    expect(trail[9]!.details).toMatchObject({ outcome: 'approved', amountsFen: { dibao: 52000 } });
    const stored = await Application.findById(id).lean();
    expect(stored!.stages.every((s) => s.at instanceof Date)).toBe(true);
  });
});

describe('Yichun through the staff API', () => {
  it('shows a case accepted before National Day with its confirmation publication after its confirmation deadline', async () => {
    const id = await submittedCase(app, {
      token: resident,
      areaId: '230717001001',
      programs: ['dibao'],
      submittedOn: '2026-09-22',
    });
    const accepted = await record(id, yichunTownship, {
      stage: 'accept',
      outcome: 'accepted',
      on: '2026-09-24',
    }).expect(200);
    const t = accepted.body;
    // 002 二(一)5: 20 working days from acceptance to confirmation, across 中秋 and National Day.
    expect(t.decisionDue).toMatchObject({ workingDays: 20, due: '2026-10-29', extendedDue: '2026-11-12' });
    expect(entries(t, 'approval')[0]).toMatchObject({ due: '2026-10-29', basis: 'overall_limit' });
    expect(entries(t, 'publication')[0]).toMatchObject({ due: '2026-11-05', projected: true });
    expect(t.payment).toEqual([expect.objectContaining({ from: '2026-12', projected: true })]);
    // 002 says nothing about periods not counted: no date says so.
    expect(JSON.stringify(t.stages)).not.toContain('不计入');

    const one = await record(id, yichunTownship, {
      stage: 'investigation',
      on: '2026-10-09',
      investigators: [{ staffId: yichunStaffId }],
    }).expect(400);
    expect(one.body.error.message).toContain('002 二(一)3');
    await record(id, yichunTownship, {
      stage: 'investigation',
      on: '2026-10-09',
      investigators: [{ staffId: yichunStaffId }, { name: '刘芳' }],
    }).expect(200);
    await record(id, yichunTownship, { stage: 'verification', on: '2026-10-14' }).expect(200);
    await record(id, yichunTownship, { stage: 'review', on: '2026-10-16' }).expect(200);
    const confirmed = await record(id, yichunTownship, {
      stage: 'approval',
      on: '2026-10-20',
      outcome: 'approved',
      amountsFen: { dibao: 48000 },
    }).expect(200);
    // Once confirmed, the publication is dated from the real date.
    expect(confirmed.body.current).toMatchObject({ id: 'publication', due: '2026-10-27', projected: false });
  });

  it('refuses with written reasons and shows the notice due 3 working days after the decision', async () => {
    const id = await submittedCase(app, {
      token: resident,
      areaId: '230717001001',
      programs: ['dibao'],
      submittedOn: '2026-09-22',
    });
    await record(id, yichunTownship, { stage: 'accept', outcome: 'accepted', on: '2026-09-24' }).expect(200);
    await record(id, yichunTownship, {
      stage: 'investigation',
      on: '2026-09-28',
      investigators: [{ staffId: yichunStaffId }, { name: '刘芳' }],
    }).expect(200);
    await record(id, yichunTownship, { stage: 'verification', on: '2026-09-29' }).expect(200);
    await record(id, yichunTownship, { stage: 'review', on: '2026-09-30' }).expect(200);
    const noReasons = await record(id, yichunTownship, {
      stage: 'approval',
      on: '2026-09-30',
      outcome: 'refused',
    }).expect(400);
    expect(noReasons.body.error.message).toContain('理由');
    const refused = await record(id, yichunTownship, {
      stage: 'approval',
      on: '2026-09-30',
      outcome: 'refused',
      reasons: '家庭人均收入高于当地低保标准',
    }).expect(200);
    // 002 二(一)5: within 3 working days of the decision: 10-08, 10-09 and Sat 10-10 (a make-up working day).
    expect(refused.body.current).toMatchObject({ id: 'refusal_notice', due: '2026-10-10', overdue: true });
    expect(refused.body.payment).toEqual([]);
    const seen = await timeline(id);
    expect(seen.decision).toMatchObject({ outcome: 'refused', reasons: '家庭人均收入高于当地低保标准' });
    const noticed = await record(id, yichunTownship, { stage: 'refusal_notice', on: '2026-10-09' }).expect(
      200,
    );
    expect(noticed.body.status).toBe('closed');
  });

  it('grants emergency temporary assistance first and documents it after (先行救助、后补材料)', async () => {
    const id = await submittedCase(app, {
      token: resident,
      areaId: '230717001001',
      programs: ['temporary'],
      household: {
        incidents: [
          { kind: 'fire', occurredOn: '2026-11-25', inJurisdiction: true, basicLivingAtRisk: true },
        ],
      },
    });
    const accepted = await record(id, yichunTownship, { stage: 'accept', outcome: 'accepted' }).expect(200);
    expect(accepted.body.expected).toEqual([
      expect.objectContaining({ stage: 'investigation' }),
      expect.objectContaining({ stage: 'approval', emergency: true, amountsFor: ['temporary'] }),
    ]);
    const notFlagged = await record(id, yichunTownship, {
      stage: 'approval',
      outcome: 'approved',
      amountsFen: { temporary: 200000 },
    }).expect(409);
    expect(notFlagged.body.error.code).toBe('stage_out_of_order');
    await record(id, yichunTownship, {
      stage: 'approval',
      outcome: 'refused',
      reasons: '不符合',
      emergency: true,
    }).expect(400);

    const granted = await record(id, yichunTownship, {
      stage: 'approval',
      outcome: 'approved',
      amountsFen: { temporary: 200000 },
      emergency: true,
    }).expect(200);
    const today = granted.body.stages.find((s: Entry) => s.id === 'accept').on;
    expect(granted.body.decision).toMatchObject({
      outcome: 'approved',
      emergency: true,
      text: '先行救助（后补材料）',
      amountsFen: { temporary: 200000 },
    });
    // Paid promptly once approved (002 二(四)5), and the skipped stages are documented after, in order.
    expect(granted.body.payment).toEqual([expect.objectContaining({ rule: 'on_approval', from: today })]);
    expect(granted.body.current.id).toBe('investigation');
    expect(granted.body.expected.map((e: { stage: string }) => e.stage)).toEqual(['investigation']);
    expect(granted.body.status).toBe('in_progress');
    await record(id, yichunTownship, {
      stage: 'investigation',
      investigators: [{ staffId: yichunStaffId }, { name: '刘芳' }],
    }).expect(200);
    await record(id, yichunTownship, { stage: 'verification' }).expect(200);
    const reviewed = await record(id, yichunTownship, { stage: 'review' }).expect(200);
    expect(reviewed.body.current.id).toBe('publication');
  });

  it('allows help first only where the pack does, for temporary assistance alone', async () => {
    const id = await submittedCase(app, {
      token: resident,
      areaId: '230717001001',
      programs: ['dibao'],
    });
    await record(id, yichunTownship, { stage: 'accept', outcome: 'accepted' }).expect(200);
    const res = await record(id, yichunTownship, {
      stage: 'approval',
      outcome: 'approved',
      amountsFen: { dibao: 48000 },
      emergency: true,
    }).expect(409);
    expect(res.body.error.code).toBe('emergency_not_allowed');
  });
});
