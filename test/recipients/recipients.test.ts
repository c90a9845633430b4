import { auditTrailOf } from '../../server/audit/audit-log';
import { addMonths } from '../../server/recipients/months';
import { residentToken, submittedCase } from '../support/cases';
import { addStaff, seedAreas, seedChaohu, signIn } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/harness';
import { walkCase } from '../support/walk';

/**
 * 动态管理 over HTTP: an approved Chaohu case (classes A/B/C, reviews yearly or half-yearly, 000 五(二); payment the
 * month after the approval's publication, 000 四(五)) and a Dengkou one (no payment rule, no review interval).
 */

let app: TestApp;
let chaohu: string;
let dengkou: string;
let county: string;
let resident: string;
const as = (token: string) => ({ Authorization: `Bearer ${token}` });

beforeAll(async () => {
  app = await startTestApp({ DEV_LOGIN: 'true' });
  await seedChaohu();
  await seedAreas();
  await addStaff(app, 'zhegao.staff', 'township_staff', '340181100');
  await addStaff(app, 'bayan.staff', 'township_staff', '150822100');
  await addStaff(app, 'chaohu.county', 'county_supervisor', '340181');
  chaohu = await signIn(app, 'zhegao.staff');
  dengkou = await signIn(app, 'bayan.staff');
  county = await signIn(app, 'chaohu.county');
  resident = await residentToken(app, 'recipients');
});
afterAll(() => app.close());

const enrol = (id: string, token: string, body: object = {}) =>
  app.http.post(`/api/v1/applications/${id}/recipients`).set(as(token)).send(body);

describe('a Chaohu household', () => {
  let caseId: string;
  let recipientId: string;
  let approvedOn: string;

  beforeAll(async () => {
    caseId = await submittedCase(app, {
      token: resident,
      areaId: '340181101',
      programs: ['dibao'],
      submittedOn: '2026-09-25',
    });
    await walkCase(app, caseId, { token: chaohu, from: '2026-09-28', stopBefore: 'approval' });
  });

  it('is enrolled only once approved', async () => {
    expect((await enrol(caseId, chaohu, { category: 'C' }).expect(409)).body.error.code).toBe(
      'recipient_needs_approval',
    );
    await walkCase(app, caseId, { token: chaohu, from: '2026-10-30', amountsFen: { dibao: 52000 } });
    const detail = await app.http.get(`/api/v1/applications/${caseId}/timeline`).set(as(chaohu)).expect(200);
    approvedOn = detail.body.decision.on;
  });

  it('needs its class where the pack manages classes, and takes the first month from the pack’s rule', async () => {
    expect((await enrol(caseId, chaohu).expect(400)).body.error.code).toBe('category_required');
    const entered = await enrol(caseId, chaohu, { category: 'C', firstPaymentMonth: '2026-12' }).expect(400);
    expect(entered.body.error.code).toBe('payment_start_from_pack');

    const timeline = await app.http
      .get(`/api/v1/applications/${caseId}/timeline`)
      .set(as(chaohu))
      .expect(200);
    const res = await enrol(caseId, chaohu, { category: 'C' }).expect(201);
    const [recipient] = res.body.recipients;
    recipientId = recipient.id;
    expect(recipient).toMatchObject({
      program: 'dibao',
      headName: '王秀兰',
      householdSize: 2,
      category: 'C',
      amountFen: 52000,
      firstPaymentMonth: timeline.body.payment[0].from,
      paymentStart: { rule: 'month_after_approval', source: { document: '000' } },
      reviewMonths: 6,
      nextReviewDue: addMonths(approvedOn, 6),
      status: 'active',
    });
    expect(recipient.firstPaymentMonth > approvedOn.slice(0, 7)).toBe(true);
    expect((await enrol(caseId, chaohu, { category: 'C' }).expect(409)).body.error.code).toBe(
      'recipient_exists',
    );
  });

  it('lists households whose review falls due, and records a review', async () => {
    const due = addMonths(approvedOn, 6);
    const soon = await app.http.get(`/api/v1/recipients?reviewDueBy=${due}`).set(as(chaohu)).expect(200);
    expect(soon.body.items.map((r: { id: string }) => r.id)).toEqual([recipientId]);
    const before = await app.http
      .get(`/api/v1/recipients?reviewDueBy=${addMonths(approvedOn, 5)}`)
      .set(as(chaohu))
      .expect(200);
    expect(before.body.total).toBe(0);

    const reviewed = await app.http
      .post(`/api/v1/recipients/${recipientId}/reviews`)
      .set(as(chaohu))
      .send({ on: '2026-11-27', note: '入户核查，收入无变化' })
      .expect(200);
    expect(reviewed.body.nextReviewDue).toBe('2027-05-27');
    expect(reviewed.body.reviews).toEqual([{ on: '2026-11-27', note: '入户核查，收入无变化' }]);
  });

  it('records increases, decreases and a stop with reasons, each checked and audited', async () => {
    const change = (body: object) =>
      app.http.post(`/api/v1/recipients/${recipientId}/changes`).set(as(chaohu)).send(body);
    const notUp = await change({
      kind: 'increase',
      amountFen: 40000,
      fromMonth: '2027-01',
      reasons: '新增重病成员',
    }).expect(400);
    expect(notUp.body.error.code).toBe('change_not_increase');
    const noAmount = await change({ kind: 'decrease', fromMonth: '2027-01', reasons: '收入增加' }).expect(
      400,
    );
    expect(noAmount.body.error.fields[0].path).toBe('body.amountFen');
    await change({
      kind: 'increase',
      amountFen: 60000,
      fromMonth: '2027-01',
      reasons: '新增重病成员',
    }).expect(200);
    const early = await change({
      kind: 'decrease',
      amountFen: 30000,
      fromMonth: '2026-12',
      reasons: '收入增加',
    }).expect(400);
    expect(early.body.error.code).toBe('change_month_too_early');
    await change({
      kind: 'decrease',
      amountFen: 30000,
      fromMonth: '2027-03',
      reasons: '子女就业，收入增加',
    }).expect(200);
    const stopped = await change({
      kind: 'stop',
      fromMonth: '2027-06',
      reasons: '户主去世，次月停发',
    }).expect(200);
    expect(stopped.body).toMatchObject({
      status: 'stopped',
      stoppedFromMonth: '2027-06',
      amountFen: 0,
      nextReviewDue: null,
    });
    expect(
      stopped.body.changes.map((c: { kind: string; amountFen: number }) => [c.kind, c.amountFen]),
    ).toEqual([
      ['start', 52000],
      ['increase', 60000],
      ['decrease', 30000],
      ['stop', 0],
    ]);
    expect(
      (await change({ kind: 'increase', amountFen: 90000, fromMonth: '2027-08', reasons: 'x' }).expect(409))
        .body.error.code,
    ).toBe('recipient_stopped');

    const trail = await auditTrailOf({ type: 'recipient', id: recipientId });
    expect(trail.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'recipient.enrol',
        'recipient.review',
        'recipient.increase',
        'recipient.decrease',
        'recipient.stop',
      ]),
    );
  });

  it('keeps the decision as granted when the county enters a new standard later', async () => {
    await app.http
      .post('/api/v1/areas/340181/parameters')
      .set(as(county))
      .send({
        parameter: 'standard.rural',
        value: 70000,
        effectiveFrom: '2026-11-01',
        document: '巢民〔2026〕9号',
        clause: '一',
      })
      .expect(201);
    const detail = await app.http.get(`/api/v1/applications/${caseId}/timeline`).set(as(chaohu)).expect(200);
    expect(detail.body.decision.amountsFen).toEqual({ dibao: 52000 });
  });

  it('is out of reach of another township', async () => {
    await app.http.get(`/api/v1/recipients/${recipientId}`).set(as(dengkou)).expect(403);
    const list = await app.http.get('/api/v1/recipients').set(as(dengkou)).expect(200);
    expect(list.body.total).toBe(0);
  });
});

it('a Dengkou household needs its first month entered, and has no review interval or class', async () => {
  const id = await submittedCase(app, {
    token: resident,
    areaId: '150822101',
    programs: ['dibao'],
    submittedOn: '2026-10-09',
  });
  await walkCase(app, id, { token: dengkou, from: '2026-10-12', amountsFen: { dibao: 41000 } });
  expect((await enrol(id, dengkou).expect(400)).body.error.code).toBe('payment_start_required');
  expect(
    (await enrol(id, dengkou, { category: 'A', firstPaymentMonth: '2026-12' }).expect(400)).body.error.code,
  ).toBe('category_not_in_pack');
  expect((await enrol(id, dengkou, { firstPaymentMonth: '2026-09' }).expect(400)).body.error.code).toBe(
    'payment_start_before_approval',
  );
  const made = await enrol(id, dengkou, { firstPaymentMonth: '2026-12' }).expect(201);
  expect(made.body.recipients[0]).toMatchObject({
    firstPaymentMonth: '2026-12',
    paymentStart: { rule: 'entered', source: null },
    reviewMonths: null,
    nextReviewDue: null,
  });
});
