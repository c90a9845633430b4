import { Bulletin } from '../../server/notify/bulletins';
import { PaymentList } from '../../server/recipients/payment-list-model';
import { paymentCutoffJob } from '../../server/recipients/payment-cutoff';
import { Recipient } from '../../server/recipients/recipient-model';
import { reviewRemindersJob } from '../../server/recipients/review-reminders';
import { addStaff, seedAreas, signIn } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/harness';
import { startWeComServer, type WeComServer } from '../support/wecom-server';

/**
 * The recipients' scheduled jobs, run as the scheduler and the CLI run them (deps.jobs.run, under the job lock):
 * Dengkou's payment-list cut-off on the 20th (003 五(二)2(2)) and the monthly review reminders.
 */

let app: TestApp;
let wecom: WeComServer;
const at = (day: string) => new Date(`${day}T18:00:00+08:00`);
const bulletinText = async (id: string) =>
  ((await Bulletin.findById(id).lean())?.outbox[0]?.payload as { markdown?: string } | undefined)?.markdown;

let n = 0;
const recipient = (townshipId: string, extra: Record<string, unknown>) =>
  Recipient.create({
    applicationId: `app${(n += 1)}`,
    caseNumber: `150822-2026-${String(n).padStart(6, '0')}`,
    jurisdiction: 'dengkou',
    areaId: `${townshipId.slice(0, 8)}1`,
    areaPath: ['150822', townshipId, `${townshipId.slice(0, 8)}1`],
    townshipId,
    program: 'dibao',
    headName: '王秀兰',
    householdSize: 2,
    approvedOn: '2026-10-20',
    paymentStartBasis: { rule: 'entered' },
    changes: [
      {
        kind: 'start',
        fromMonth: extra.firstPaymentMonth,
        amountFen: extra.amountFen,
        on: '2026-10-20',
        at: new Date(),
        by: { kind: 'staff', id: 's' },
      },
    ],
    ...extra,
  });

beforeAll(async () => {
  wecom = await startWeComServer({ keys: ['bayan', 'sumu'] });
  app = await startTestApp({
    WECOM_WEBHOOKS: `150822100=${wecom.url('bayan')},150822200=${wecom.url('sumu')}`,
  });
  await seedAreas();
});
afterAll(async () => {
  await app.close();
  await wecom.close();
});

it('cuts off next month’s payment list on the pack’s day, once, and tells each township its total', async () => {
  await recipient('150822100', { firstPaymentMonth: '2026-12', amountFen: 41000 });
  const raised = await recipient('150822100', { firstPaymentMonth: '2026-11', amountFen: 38000 });
  await Recipient.updateOne(
    { _id: raised._id },
    {
      $set: { amountFen: 50000 },
      $push: {
        changes: {
          kind: 'increase',
          fromMonth: '2026-12',
          amountFen: 50000,
          previousFen: 38000,
          on: '2026-11-10',
          at: new Date(),
          by: { kind: 'staff', id: 's' },
        },
      },
    },
  );
  await recipient('150822100', {
    firstPaymentMonth: '2026-11',
    amountFen: 30000,
    status: 'stopped',
    stoppedFromMonth: '2026-12',
  });
  await recipient('150822100', { firstPaymentMonth: '2027-01', amountFen: 30000 });
  await recipient('150822200', { firstPaymentMonth: '2026-11', amountFen: 45000 });

  const before = await app.runtime.deps.jobs.run(paymentCutoffJob, { now: at('2026-11-19') });
  expect(before).toMatchObject({ status: 'done', counts: { packs: 0, lists: 0 } });

  const run = await app.runtime.deps.jobs.run(paymentCutoffJob, { now: at('2026-11-20') });
  expect(run).toMatchObject({ status: 'done', counts: { packs: 1, lists: 2, households: 3, posted: 2 } });
  const list = await PaymentList.findById('150822100:2026-12').lean();
  expect(list).toMatchObject({ month: '2026-12', cutOn: '2026-11-20', households: 2, totalFen: 91000 });
  expect(list!.rows.map((r) => r.amountFen)).toEqual([41000, 50000]);

  await app.runtime.deps.outbox.runOnce();
  const [message] = wecom.received('bayan');
  expect(message!.content).toContain('2026-12 发放清册已截止');
  expect(message!.content).toContain('2 户，合计 910.00 元');
  expect(message!.content).toContain('25 日前报送县民政局');
  expect(message!.content).not.toContain('王秀兰');

  await addStaff(app, 'bayan.lists', 'township_staff', '150822100');
  const lists = await app.http
    .get('/api/v1/payment-lists?month=2026-12')
    .set('Authorization', `Bearer ${await signIn(app, 'bayan.lists')}`)
    .expect(200);
  expect(lists.body).toMatchObject({
    total: 1,
    items: [{ townshipId: '150822100', households: 2, totalFen: 91000 }],
  });

  const again = await app.runtime.deps.jobs.run(paymentCutoffJob, { now: at('2026-11-20') });
  expect(again).toMatchObject({ status: 'done', counts: { lists: 0, posted: 0 } });
  expect(await PaymentList.countDocuments()).toBe(2);
});

it('makes a cut-off its day missed at the next run that month, once, as the register stood that day', async () => {
  const after = (time: string) => new Date(`2027-01-21T${time}+08:00`);
  const staff = { kind: 'staff', id: 's' };
  await recipient('150822300', { firstPaymentMonth: '2027-01', amountFen: 32000 });
  // Stopped the day after the cut-off: it was still in.
  const stopped = await recipient('150822300', {
    firstPaymentMonth: '2027-01',
    amountFen: 0,
    status: 'stopped',
    stoppedFromMonth: '2027-02',
    changes: [
      { kind: 'start', fromMonth: '2027-01', amountFen: 27000, on: '2026-12-01', at: new Date(), by: staff },
      {
        kind: 'stop',
        fromMonth: '2027-02',
        amountFen: 0,
        on: '2027-01-21',
        at: after('10:00:00'),
        by: staff,
      },
    ],
  });
  // Raised the day after: the list keeps the amount known on the day.
  await recipient('150822300', {
    firstPaymentMonth: '2027-01',
    amountFen: 35000,
    changes: [
      { kind: 'start', fromMonth: '2027-01', amountFen: 30000, on: '2026-12-01', at: new Date(), by: staff },
      {
        kind: 'increase',
        fromMonth: '2027-02',
        amountFen: 35000,
        on: '2027-01-21',
        at: after('11:00:00'),
        by: staff,
      },
    ],
  });
  // Enrolled the day after: not on a list cut off the day before.
  const enrolledSince = await recipient('150822300', { firstPaymentMonth: '2027-01', amountFen: 25000 });
  await Recipient.collection.updateOne({ _id: stopped._id }, { $set: { updatedAt: after('10:00:00') } });
  await Recipient.collection.updateOne(
    { _id: enrolledSince._id },
    { $set: { createdAt: after('09:00:00') } },
  );

  // January's 20th's fire never ran (a deploy, or Redis away): the 21st's run freezes February's lists.
  const late = await app.runtime.deps.jobs.run(paymentCutoffJob, { now: at('2027-01-21') });
  expect(late).toMatchObject({ status: 'done', counts: { packs: 1, caughtUp: 1 } });
  const list = await PaymentList.findById('150822300:2027-02').lean();
  expect(list).toMatchObject({ cutOn: '2027-01-20', households: 3, totalFen: 32000 + 27000 + 30000 });
  expect(list!.rows.map((r) => r.recipientId)).not.toContain(String(enrolledSince._id));

  // The township hears the list is late, and by when it is due at the county (the 25th, still ahead).
  expect(await bulletinText('payment-cutoff:2027-02:150822300')).toMatch(
    /按 2027-01-20 截止时的名册生成，今日补发。请于本月 25 日前报送县民政局/,
  );

  // Once cut off, the pack is left alone for the rest of the month, even for a township enrolled since.
  await recipient('150822400', { firstPaymentMonth: '2027-01', amountFen: 28000 });
  const again = await app.runtime.deps.jobs.run(paymentCutoffJob, { now: at('2027-01-22') });
  expect(again).toMatchObject({ status: 'done', counts: { packs: 0, caughtUp: 0, lists: 0 } });
  expect(await PaymentList.exists({ _id: '150822400:2027-02' })).toBeNull();
});

it('completes a cut-off a run left part-way, keeping the lists it made and telling their townships', async () => {
  await Recipient.deleteMany({});
  await recipient('150822500', { firstPaymentMonth: '2027-02', amountFen: 30000 });
  await recipient('150822600', { firstPaymentMonth: '2027-02', amountFen: 26000 });
  // The 20th's run made one township's list, then stopped before telling it or making the other's.
  const made = {
    _id: '150822500:2027-03',
    jurisdiction: 'dengkou',
    townshipId: '150822500',
    areaPath: ['150822', '150822500'],
    month: '2027-03',
    cutOn: '2027-02-20',
    households: 1,
    totalFen: 30000,
    rows: [],
  };
  await PaymentList.create(made);

  // A week late, past the day the lists were due at the county; Yichun's cut-off (the 24th) is made up too, with
  // no one to pay.
  const late = await app.runtime.deps.jobs.run(paymentCutoffJob, { now: at('2027-02-26') });
  expect(late).toMatchObject({ status: 'done', counts: { packs: 2, caughtUp: 2, lists: 1, posted: 2 } });
  expect(await PaymentList.findById(made._id).lean()).toMatchObject({ totalFen: 30000, rows: [] });
  expect(await PaymentList.findById('150822600:2027-03').lean()).toMatchObject({
    cutOn: '2027-02-20',
    totalFen: 26000,
  });
  expect(await bulletinText('payment-cutoff:2027-03:150822500')).toMatch(
    /1 户，合计 300.00 元。本清册按 2027-02-20 截止时的名册生成，今日补发。报送县民政局的期限（本月 25 日前）已过，请尽快报送/,
  );

  const again = await app.runtime.deps.jobs.run(paymentCutoffJob, { now: at('2027-02-27') });
  expect(again).toMatchObject({ status: 'done', counts: { packs: 0, posted: 0 } });
});

it('marks a month with no household to pay as cut off, so later runs leave it alone', async () => {
  await Recipient.deleteMany({});
  const run = await app.runtime.deps.jobs.run(paymentCutoffJob, { now: at('2027-03-20') });
  expect(run).toMatchObject({ status: 'done', counts: { packs: 1, lists: 0, posted: 0 } });
  const later = await app.runtime.deps.jobs.run(paymentCutoffJob, { now: at('2027-03-21') });
  expect(later).toMatchObject({ status: 'done', counts: { packs: 0, caughtUp: 0 } });
});

it('reminds each township of the reviews due this month and the late ones, by case number', async () => {
  const late = await recipient('150822200', {
    firstPaymentMonth: '2026-06',
    amountFen: 30000,
    nextReviewDue: '2026-11-02',
  });
  const due = await recipient('150822200', {
    firstPaymentMonth: '2026-06',
    amountFen: 30000,
    nextReviewDue: '2026-11-30',
  });
  await recipient('150822200', {
    firstPaymentMonth: '2026-06',
    amountFen: 30000,
    nextReviewDue: '2026-12-01',
  });
  await recipient('150822200', {
    firstPaymentMonth: '2026-06',
    amountFen: 30000,
    nextReviewDue: '2026-11-10',
    status: 'stopped',
  });

  const run = await app.runtime.deps.jobs.run(reviewRemindersJob, { now: at('2026-11-05') });
  expect(run).toMatchObject({ status: 'done', counts: { due: 2, late: 1, townships: 1, posted: 1 } });
  await app.runtime.deps.outbox.runOnce();
  const message = wecom.received('sumu').at(-1)!;
  expect(message.content).toContain('定期复核提醒');
  expect(message.content).toContain(`${late.caseNumber}（低保）：应于 2026-11-02 复核，已逾期`);
  expect(message.content).toContain(`${due.caseNumber}（低保）：2026-11-30 到期`);
  expect(message.content).not.toContain('王秀兰');
  const again = await app.runtime.deps.jobs.run(reviewRemindersJob, { now: at('2026-11-06') });
  expect(again).toMatchObject({ status: 'done', counts: { posted: 0 } });
});
