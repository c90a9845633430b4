import { paymentCutoffJob } from '../../server/recipients/payment-cutoff';
import { Recipient } from '../../server/recipients/recipient-model';
import { auditTrailOf } from '../../server/audit/audit-log';
import { residentToken, submittedCase } from '../support/cases';
import { addStaff, seedAreas } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/harness';
import { walkCase } from '../support/walk';
import { consoleSignIn, csrfOf, submit, type Browser } from './support';

/**
 * The console pages of county parameters, supervision, recipients and the complaints queue: each renders the same
 * view as its API and changes through the same service, behind the console's session, CSRF and access rules.
 */

let app: TestApp;
let county: Browser;
let township: Browser;
let caseId: string;

beforeAll(async () => {
  app = await startTestApp({ DEV_LOGIN: 'true' });
  await seedAreas();
  await addStaff(app, 'dengkou.county', 'county_supervisor', '150822');
  await addStaff(app, 'bayan.staff', 'township_staff', '150822100');
  county = await consoleSignIn(app, 'dengkou.county');
  township = await consoleSignIn(app, 'bayan.staff');
  const staffToken = (
    await app.http
      .post('/api/v1/auth/staff')
      .send({ username: 'bayan.staff', password: 'correct horse battery' })
      .expect(200)
  ).body.token;
  const resident = await residentToken(app, 'console-ops');
  caseId = await submittedCase(app, {
    token: resident,
    areaId: '150822101',
    programs: ['dibao'],
    submittedOn: '2026-10-09',
  });
  await walkCase(app, caseId, { token: staffToken, from: '2026-10-12', amountsFen: { dibao: 41000 } });
  await app.http
    .post('/api/v1/reports')
    .set('Idempotency-Key', 'console-ops-report')
    .send({
      kind: 'fraud',
      areaId: '150822101',
      people: [{ name: '张某', position: '低保户' }],
      description: '张某开着商铺还领低保。',
      reporter: { anonymous: true },
    })
    .expect(201);
});
afterAll(() => app.close());

describe('county figures', () => {
  it('shows the figures in force and takes a published standard, refusing a bad value beside its field', async () => {
    const page = await county.get('/console/parameters').expect(200);
    expect(page.text).toContain('本县标准与参数');
    expect(page.text).toContain('县级抽查比例');
    expect(page.text).toContain('30%');
    // An input is described by its hint, and once refused by its error too.
    expect(page.text).toMatch(/<input id="f-value" name="value" aria-describedby="h-value"/);

    const bad = await submit(county, '/console/parameters', '/console/parameters', {
      parameter: 'standard.rural',
      value: '600.5',
      effectiveFrom: '2026-01-01',
      document: '磴民发〔2026〕3号',
      clause: '一',
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('id="e-value"');
    expect(bad.text).toMatch(
      /<input id="f-value" name="value" aria-invalid="true" aria-describedby="h-value e-value"/,
    );

    const ok = await submit(county, '/console/parameters', '/console/parameters', {
      parameter: 'standard.rural',
      value: '60000',
      effectiveFrom: '2026-01-01',
      document: '磴民发〔2026〕3号',
      clause: '一、农村低保标准',
    });
    expect(ok.status).toBe(303);
    // The screener uses the figure at once: 600 yuan − 2,400 yuan a year / 12.
    const screening = await app.http
      .post('/api/v1/screenings')
      .send({
        jurisdiction: 'dengkou',
        asOf: '2026-03-01',
        household: {
          residenceArea: 'rural',
          assets: { otherHousingUnits: 0, motorVehicles: 0, savingsFen: 0 },
          members: [{ relation: 'self', age: 45, workCapacity: 'able', income: { businessNet: 240000 } }],
        },
      })
      .expect(200);
    expect(
      screening.body.programs.find((p: { program: string }) => p.program === 'dibao').monthlyAmountFen,
    ).toBe(40000);
    const after = await county.get('/console/parameters').expect(200);
    expect(after.text).toContain('600.00（2026-01-01）');
    expect(after.text).toContain('磴民发〔2026〕3号');
    await township.get('/console/parameters').expect(403);
  });
});

describe('supervision', () => {
  it('shows the statistics per township with the chart, and draws a check with a seed', async () => {
    const page = await county.get('/console/supervision?from=2026-10-01&to=2026-11-30').expect(200);
    expect(page.text).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(page.text).toContain('巴彦高勒镇');
    expect(page.text).toContain('按时限办结');
    const drawn = await submit(county, '/console/supervision', '/console/supervision/samplings', {
      from: '2026-10-01',
      to: '2026-11-30',
      seed: 'console-seed',
    });
    expect(drawn.status).toBe(303);
    const after = await county.get(drawn.headers.location!).expect(200);
    expect(after.text).toContain('console-seed');
    expect(after.text).toContain(`/console/cases/${caseId}`);
    const low = await submit(county, '/console/supervision', '/console/supervision/samplings', {
      from: '2026-10-01',
      to: '2026-11-30',
      rate: '0.1',
    });
    expect(low.status).toBe(400);
    expect(low.text).toContain('不得低于本地规定的 30%');
    await township.get('/console/supervision').expect(403);
  });
});

describe('recipients', () => {
  it('enrols an approved case, records a change with its reasons, and downloads the Excel register', async () => {
    const list = await township.get('/console/recipients').expect(200);
    expect(list.text).toContain('已批准、待纳入名册的案件');
    const enrolled = await township
      .post(`/console/cases/${caseId}/recipients`)
      .type('form')
      .send({ _csrf: csrfOf(list.text), firstPaymentMonth: '2026-12' })
      .expect(303);
    const url = enrolled.headers.location!;
    const page = await township.get(url).expect(200);
    expect(page.text).toContain('王秀兰');
    expect(page.text).toContain('410.00');

    const refused = await submit(township, url, `${url}/changes`, {
      kind: 'increase',
      amountFen: '300',
      fromMonth: '2027-01',
      reasons: '新增重病成员',
    });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('增发后的金额应高于现在的 410 元');
    await submit(township, url, `${url}/changes`, {
      kind: 'increase',
      amountFen: '450',
      fromMonth: '2027-01',
      reasons: '新增重病成员',
    }).then((r) => expect(r.status).toBe(303));
    const rec = await Recipient.findOne({ applicationId: caseId }).lean();
    expect(rec).toMatchObject({ amountFen: 45000 });
    expect((await auditTrailOf({ type: 'recipient', id: String(rec!._id) })).map((e) => e.action)).toEqual(
      expect.arrayContaining(['recipient.enrol', 'recipient.increase']),
    );

    // The inbox points to the households whose review falls due (none yet: Dengkou sets no interval).
    await Recipient.updateOne({ _id: rec!._id }, { $set: { nextReviewDue: '2026-11-15' } });
    const inbox = await township.get('/console').expect(200);
    expect(inbox.text).toContain('本月有 1 户保障对象到期复核或已逾期');
    const dueLink = /href="(\/console\/recipients\?reviewDueBy=[0-9-]+)"/.exec(inbox.text)![1]!;
    expect((await township.get(dueLink).expect(200)).text).toContain('应复核');

    // The month's payment list, once cut off, is on the register page.
    await app.runtime.deps.jobs.run(paymentCutoffJob, { now: new Date('2026-11-20T18:00:00+08:00') });
    expect((await township.get('/console/recipients').expect(200)).text).toContain(
      '2026-12：1 户，合计 410.00元（2026-11-20 截止）',
    );

    const xlsx = await township.get('/console/exports/recipients?month=2027-01').buffer(true).expect(200);
    expect(xlsx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    await county.get(url).expect(200); // the county sees its townships' recipients
    await county.post(`${url}/changes`).type('form').send({ _csrf: 'x' }).expect(403);
  });
});

describe('complaints queue', () => {
  it('lists the office’s reports by deadline and answers one, which the reporter then reads', async () => {
    const queue = await township.get('/console/reports?sort=due&status=received').expect(200);
    const id = /href="\/console\/reports\/([a-f0-9]{24})"/.exec(queue.text)![1]!;
    const page = await township.get(`/console/reports/${id}`).expect(200);
    expect(page.text).toContain('张某开着商铺还领低保。');
    const answered = await submit(township, `/console/reports/${id}`, `/console/reports/${id}/answer`, {
      outcome: 'unsubstantiated',
      handling: '入户核查，商铺为其亲属所有。',
      answer: '经核查，反映的问题不属实。',
    });
    expect(answered.status).toBe(303);
    const after = await township.get(`/console/reports/${id}`).expect(200);
    expect(after.text).toContain('经核查，反映的问题不属实。');
  });
});

describe('case page extras', () => {
  it('prints the intake packet from the case page, and links a township to its public notice', async () => {
    const casePage = await township.get(`/console/cases/${caseId}`).expect(200);
    expect(casePage.text).toContain(`/console/cases/${caseId}/packet`);
    const pdf = await township.get(`/console/cases/${caseId}/packet`).buffer(true).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const notice = await township.get('/console/notices').expect(303);
    expect(notice.headers.location).toBe('/notices/150822100');
  });
});
