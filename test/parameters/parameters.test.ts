import { auditTrailOf } from '../../server/audit/audit-log';
import { CountyParameter } from '../../server/parameters/parameter-model';
import { addStaff, seedAreas, signIn } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/harness';

/**
 * A county supervisor enters the year's published figures; the screener uses each from its effective date, so a
 * Dengkou screening, which could give no amount while the pack says "not provided", then gives one.
 */

let app: TestApp;
let county: string;
let township: string;
const as = (token: string) => ({ Authorization: `Bearer ${token}` });

beforeAll(async () => {
  app = await startTestApp();
  await seedAreas();
  await addStaff(app, 'dengkou.county', 'county_supervisor', '150822');
  await addStaff(app, 'bayan.staff', 'township_staff', '150822100');
  county = await signIn(app, 'dengkou.county');
  township = await signIn(app, 'bayan.staff');
});
afterAll(() => app.close());

const household = {
  residenceArea: 'rural',
  assets: { otherHousingUnits: 0, motorVehicles: 0, savingsFen: 0 },
  members: [{ relation: 'self', age: 45, workCapacity: 'able', income: { businessNet: 240000 } }],
};
const screen = (asOf: string) =>
  app.http
    .post('/api/v1/screenings')
    .send({ jurisdiction: 'dengkou', household, asOf })
    .expect(200)
    .then((r) => r.body.programs.find((p: { program: string }) => p.program === 'dibao'));
const enter = (token: string, body: object, area = '150822') =>
  app.http.post(`/api/v1/areas/${area}/parameters`).set(as(token)).send(body);
const rural = {
  parameter: 'standard.rural',
  value: 60000,
  effectiveFrom: '2026-01-01',
  document: '磴民发〔2026〕3号',
  clause: '一、农村低保标准每人每月600元',
};

describe('county parameters', () => {
  it('gives no amount while the pack has no standard', async () => {
    const dibao = await screen('2026-03-01');
    expect(dibao.monthlyAmountFen).toBeNull();
  });

  it('refuses township staff, a non-county area and a value outside the parameter’s unit', async () => {
    expect((await enter(township, rural).expect(403)).body.error.code).toBe('forbidden');
    const village = await enter(county, rural, '150822101').expect(409);
    expect(village.body.error.code).toBe('parameters_need_county_pack');
    const yuan = await enter(county, { ...rural, value: 600.5 }).expect(400);
    expect(yuan.body.error.fields[0]).toMatchObject({ path: 'body.value' });
    const unknown = await enter(county, { ...rural, parameter: 'standard.suburban' }).expect(400);
    expect(unknown.body.error.fields[0].path).toBe('body.parameter');
    const ratio = await enter(county, { ...rural, parameter: 'samplingRate', value: 1.2 }).expect(400);
    expect(ratio.body.error.fields[0].path).toBe('body.value');
  });

  it('takes a figure with its document, audits it, and the screener uses it from its date', async () => {
    const res = await enter(county, rural).expect(201);
    expect(res.body).toMatchObject({
      parameter: 'standard.rural',
      value: 60000,
      effectiveFrom: '2026-01-01',
    });

    const after = await screen('2026-03-01');
    // 差额: 600 yuan − 2,400 yuan a year / 12 = 400 yuan a month.
    expect(after.monthlyAmountFen).toBe(40000);
    const before = await screen('2025-12-31');
    expect(before.monthlyAmountFen).toBeNull();

    const trail = await auditTrailOf({ type: 'parameters', id: 'dengkou' });
    expect(trail.find((e) => e.action === 'parameter.enter')).toMatchObject({
      actor: { kind: 'staff', role: 'county_supervisor' },
      details: { parameter: 'standard.rural', value: 60000, document: '磴民发〔2026〕3号' },
    });
  });

  it('never changes an entered figure: a second one on the same date is refused, a later one takes over from its day', async () => {
    const again = await enter(county, { ...rural, value: 65000 }).expect(409);
    expect(again.body.error.code).toBe('parameter_exists');
    await enter(county, { ...rural, value: 66000, effectiveFrom: '2026-07-01' }).expect(201);
    expect((await screen('2026-03-01')).monthlyAmountFen).toBe(40000);
    expect((await screen('2026-08-01')).monthlyAmountFen).toBe(46000);
  });

  it('lists each parameter with the figure in force and what the county entered; the policy page shows it', async () => {
    const list = await app.http.get('/api/v1/areas/150822/parameters').set(as(county)).expect(200);
    const row = list.body.items.find((r: { parameter: string }) => r.parameter === 'standard.rural');
    expect(row.inForce).toMatchObject({ value: 66000, effectiveFrom: '2026-07-01' });
    expect(row.entered.map((e: { value: number }) => e.value)).toEqual([60000, 66000]);
    const sampling = list.body.items.find((r: { parameter: string }) => r.parameter === 'samplingRate');
    expect(sampling.inForce).toMatchObject({ value: 0.3, source: { document: '003' } });
    await app.http.get('/api/v1/areas/150822/parameters').set(as(township)).expect(403);

    const policy = await app.http.get('/api/v1/jurisdictions/dengkou/policy').expect(200);
    expect(JSON.stringify(policy.body)).toContain('磴民发〔2026〕3号');
  });
});

describe('the figures cache', () => {
  it('reads the figures once for the screenings that find it stale together', async () => {
    // Another process entered a figure: every screening now sees a version its cache does not have.
    await app.runtime.deps.redis.incr('parameters:version');
    const find = jest.spyOn(CountyParameter, 'find');
    try {
      const answers = await Promise.all(Array.from({ length: 20 }, () => screen('2026-03-01')));
      expect(answers.every((a) => a !== undefined)).toBe(true);
      expect(find).toHaveBeenCalledTimes(1);
    } finally {
      find.mockRestore();
    }
  });
});
