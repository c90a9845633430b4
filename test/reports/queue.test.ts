import { Report } from '../../server/reports/report-model';
import { addStaff, seedChaohu, signIn } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/harness';

/** The staff queue of complaints and reports: by answer deadline, overdue ones, the county's own, answered ones out. */

let app: TestApp;
let township: string;
let county: string;
const ids: string[] = [];
const as = (token: string) => ({ Authorization: `Bearer ${token}` });

beforeAll(async () => {
  app = await startTestApp();
  await seedChaohu();
  await addStaff(app, 'zhegao.staff', 'township_staff', '340181100');
  await addStaff(app, 'chaohu.county', 'county_supervisor', '340181');
  township = await signIn(app, 'zhegao.staff');
  county = await signIn(app, 'chaohu.county');
  for (const [i, kind] of ['fraud', 'favouritism', 'fraud'].entries()) {
    const res = await app.http
      .post('/api/v1/reports')
      .set('Idempotency-Key', `queue-report-${i}`)
      .set('X-Forwarded-For', `10.9.0.${i + 1}`)
      .send({
        kind,
        areaId: '340181101',
        people: [{ name: '张某', position: '低保户' }],
        description: `第${i + 1}件：张某家里开着商铺，还在领低保，请核查。`,
        reporter: { anonymous: true },
      });
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    ids.push((await Report.findOne({ receiptCode: res.body.receiptCode }).lean())!._id.toString());
  }
  // The first report arrived earlier: its 15 working days (000 七(二)) have run out.
  await Report.updateOne(
    { _id: ids[0] },
    { $set: { receivedOn: '2026-10-09', 'answerDue.date': '2026-10-30' } },
  );
});
afterAll(() => app.close());

const list = (token: string, query: string) =>
  app.http
    .get(`/api/v1/reports?${query}`)
    .set(as(token))
    .expect(200)
    .then((r) => r.body);

it('orders the township’s queue by answer deadline and picks out the overdue ones', async () => {
  const byDue = await list(township, 'sort=due');
  expect(byDue.items.map((r: { id: string }) => r.id)).toEqual([ids[0], ids[2]]);
  expect(byDue.items[0]).toMatchObject({ overdue: true });
  const overdue = await list(township, 'overdue=true');
  expect(overdue.items.map((r: { id: string }) => r.id)).toEqual([ids[0]]);
});

it('shows the county the reports routed to it apart, and drops an answered report from the overdue list', async () => {
  const own = await list(county, 'routedTo=county');
  expect(own.items.map((r: { id: string }) => r.id)).toEqual([ids[1]]);
  await app.http
    .post(`/api/v1/reports/${ids[0]}/answer`)
    .set(as(township))
    .send({
      outcome: 'unsubstantiated',
      handling: '入户核查，商铺为亲属所有。',
      answer: '经核查，举报情况不属实。',
    })
    .expect(200);
  expect((await list(township, 'overdue=true')).total).toBe(0);
});
