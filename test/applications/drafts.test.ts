import { Application } from '../../server/applications/application-model';
import { checkCharacter } from '../../server/applications/id-number';
import { auditTrailOf } from '../../server/audit/audit-log';
import { startTestApp, type TestApp } from '../support/harness';
import { addStaff, seedAreas, seedYichun, signIn } from '../support/fixtures';
import { residentToken } from '../support/cases';

let app: TestApp;
let alice: string;
let bob: string;
let worker: string;
let otherTownship: string;

/** A valid ID number for a birth date, with the check character computed independently of the schema. */
const idFor = (birth: string, seq = '123') => {
  const first17 = `150822${birth}${seq}`;
  return first17 + checkCharacter(first17);
};

beforeAll(async () => {
  app = await startTestApp({ DEV_LOGIN: 'true' });
  await seedAreas();
  await addStaff(app, 'village.worker', 'village_worker', '150822201');
  await addStaff(app, 'bayan.staff', 'township_staff', '150822100');
  const dev = (openid: string) => residentToken(app, openid);
  alice = await dev('resident-alice');
  bob = await dev('resident-bob');
  worker = await signIn(app, 'village.worker');
  otherTownship = await signIn(app, 'bayan.staff');
});
afterAll(() => app.close());

const as = (token: string) => ({ Authorization: `Bearer ${token}` });

const household = (revision: number, idNumber = idFor('19500312')) => ({
  revision,
  phone: '13912345678',
  members: [
    {
      name: '巴特尔',
      idNumber,
      facts: { relation: 'self', workCapacity: 'unable', disability: { grade: 1, kind: 'physical' } },
    },
    { name: '其其格', facts: { relation: 'spouse', age: 70 } },
  ],
  household: { residenceArea: 'rural', legalSupporters: [{ relation: 'child', ableToSupport: 'no' }] },
});

describe('application drafts', () => {
  let id: string;

  it('starts a draft in the area’s jurisdiction and lists it for its owner only', async () => {
    const res = await app.http
      .post('/api/v1/applications')
      .set(as(alice))
      .send({ areaId: '150822201', programs: ['dibao'] })
      .expect(201);
    id = res.body.id;
    expect(res.body).toMatchObject({ status: 'draft', jurisdiction: 'dengkou', revision: 0 });
    expect(res.body.missing.complete).toBe(false);
    expect(res.body.missing.facts.map((f: { code: string }) => f.code)).toEqual([
      'household',
      'phone',
      'declaration_privacy_consent',
      'declaration_relatives_of_staff',
    ]);

    const mine = await app.http.get('/api/v1/applications').set(as(alice)).expect(200);
    expect(mine.body.items.map((a: { id: string }) => a.id)).toEqual([id]);
    const theirs = await app.http.get('/api/v1/applications').set(as(bob)).expect(200);
    expect(theirs.body.items).toEqual([]);
  });

  it('saves the household with sealed ID numbers, the birth date read from the ID, and what is missing', async () => {
    const res = await app.http
      .put(`/api/v1/applications/${id}/household`)
      .set(as(alice))
      .send(household(0))
      .expect(200);
    expect(res.body.revision).toBe(1);
    expect(res.body.members[0].idNumber).toMatch(/^150822\*{8}\d{3}[\dX]$/);
    expect(res.body.members[0].facts.birthDate).toBe('1950-03-12');
    expect(res.body.phone).toBe('*******5678');
    const missing = res.body.missing;
    expect(missing.facts[0]).toEqual(expect.objectContaining({ code: 'idNumber', member: '其其格' }));
    expect(missing.facts[0].message).toContain('其其格');
    // Dengkou looks up the household register and ID card itself: they are never asked for.
    const required = missing.materials.required.map((m: { id: string }) => m.id);
    const lookedUp = missing.materials.lookedUpByGovernment.map((m: { id: string }) => m.id);
    expect(lookedUp).toEqual(expect.arrayContaining(['household_register', 'identity_card']));
    expect(required).not.toContain('identity_card');
    for (const m of missing.materials.required) expect(m.reason.length).toBeGreaterThan(0);

    const raw = await Application.collection.findOne({});
    const stored = JSON.stringify(raw);
    expect(stored).not.toContain(household(0).members[0]!.idNumber);
    expect(stored).not.toContain('13912345678');
  });

  it('refuses a stale revision instead of overwriting, leaving the saved draft as it was', async () => {
    const res = await app.http
      .put(`/api/v1/applications/${id}/household`)
      .set(as(alice))
      .send(household(0))
      .expect(409);
    expect(res.body.error.code).toBe('stale_revision');
    const current = await app.http.get(`/api/v1/applications/${id}`).set(as(alice)).expect(200);
    expect(current.body.revision).toBe(1);
  });

  it('names a bad ID number and a household without its applicant in Chinese, saving nothing', async () => {
    const bad = household(1, '150822195003121230');
    bad.members[1]!.facts = { relation: 'self', age: 70 };
    const res = await app.http
      .put(`/api/v1/applications/${id}/household`)
      .set(as(alice))
      .send(bad)
      .expect(400);
    const messages = res.body.error.fields.map(
      (f: { field: string; message: string }) => `${f.field}：${f.message}`,
    );
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('居民身份证号码：不是有效的居民身份证号码'),
        expect.stringContaining('申请人本人'),
      ]),
    );
    const current = await app.http.get(`/api/v1/applications/${id}`).set(as(alice)).expect(200);
    expect(current.body.revision).toBe(1);
  });

  it('keeps other residents and other townships out, and audits reads', async () => {
    await app.http.get(`/api/v1/applications/${id}`).set(as(bob)).expect(403);
    await app.http.put(`/api/v1/applications/${id}/household`).set(as(bob)).send(household(1)).expect(403);
    await app.http.get(`/api/v1/applications/${id}`).set(as(otherTownship)).expect(403);
    const trail = await auditTrailOf({ type: 'application', id });
    expect(trail.map((e) => e.action)).toEqual(expect.arrayContaining(['create', 'update', 'read']));
  });

  it('tells a resident refused someone else’s case so in a resident’s words, and staff in theirs', async () => {
    const zh = await app.http.get(`/api/v1/applications/${id}`).set(as(bob)).expect(403);
    expect(zh.body.error.code).toBe('not_your_application');
    expect(zh.body.error.message).toMatch(/^这份申请不是您的/);
    expect(zh.body.error.message).not.toMatch(/辖区|负责/);
    const en = await app.http.get(`/api/v1/applications/${id}?lang=en`).set(as(bob)).expect(403);
    expect(en.body.error.message).toMatch(/^This application is not yours/);
    const staff = await app.http.get(`/api/v1/applications/${id}`).set(as(otherTownship)).expect(403);
    expect(staff.body.error).toMatchObject({
      code: 'outside_jurisdiction',
      message: expect.stringContaining('辖区'),
    });
  });

  it('shows staff, on both, the same ID number in two open applications, and refuses neither', async () => {
    const shared = idFor('19620704', '456');
    const start = async (token: string) =>
      (
        await app.http
          .post('/api/v1/applications')
          .set(as(token))
          .send({
            areaId: '150822201',
            programs: ['dibao'],
            ...(token === worker ? { onBehalf: { basis: 'elderly' } } : {}),
          })
          .expect(201)
      ).body.id as string;
    const first = await start(bob);
    const second = await start(worker);
    await app.http
      .put(`/api/v1/applications/${first}/household`)
      .set(as(bob))
      .send(household(0, shared))
      .expect(200);
    const saved = await app.http
      .put(`/api/v1/applications/${second}/household`)
      .set(as(worker))
      .send({
        ...household(0, idFor('19800101', '789')),
        members: [
          ...household(0).members.slice(1),
          { name: '巴特尔', idNumber: shared, facts: { relation: 'self', age: 64 } },
        ],
      })
      .expect(200);
    // The worker (staff) sees the member the first application also lists: the second member here.
    expect(saved.body.sharedMembers).toEqual([
      { member: 2, cases: [{ id: first, caseNumber: null, status: 'draft', area: '哈腾套海嘎查' }] },
    ]);
    // On the first, the worker of the village sees the second: both ways.
    const firstAsWorker = await app.http.get(`/api/v1/applications/${first}`).set(as(worker)).expect(200);
    expect(firstAsWorker.body.sharedMembers).toEqual([
      { member: 1, cases: [{ id: second, caseNumber: null, status: 'draft', area: '哈腾套海嘎查' }] },
    ]);
    // The resident sees nothing of the other household's case.
    const firstAsOwner = await app.http.get(`/api/v1/applications/${first}`).set(as(bob)).expect(200);
    expect(firstAsOwner.body.sharedMembers).toBeNull();
  });

  it('lets a village worker start a draft for a resident of their own village only', async () => {
    const own = await app.http
      .post('/api/v1/applications')
      .set(as(worker))
      .send({ areaId: '150822201', programs: ['tekun'], onBehalf: { basis: 'elderly' } })
      .expect(201);
    expect(own.body.jurisdiction).toBe('dengkou');
    await app.http.get(`/api/v1/applications/${own.body.id}`).set(as(worker)).expect(200);
    const elsewhere = await app.http
      .post('/api/v1/applications')
      .set(as(worker))
      .send({ areaId: '150822101', programs: ['dibao'] })
      .expect(403);
    expect(elsewhere.body.error.code).toBe('outside_jurisdiction');
    await app.http
      .post('/api/v1/applications')
      .set(as(otherTownship))
      .send({ areaId: '150822101', programs: ['dibao'] })
      .expect(403);
  });

  it('refuses programs the place does not offer', async () => {
    const res = await app.http
      .post('/api/v1/applications')
      .set(as(alice))
      .send({ areaId: '150822201', programs: ['temporary'] })
      .expect(400);
    expect(res.body.error.code).toBe('program_not_offered');
  });
});

describe('where the application is made (申请地)', () => {
  // Yichun lifts the registration limit for urgent temporary assistance (seed 002 二(四)1).
  beforeAll(seedYichun);
  const start = (body: object, lang = 'zh-CN') =>
    app.http.post('/api/v1/applications').set(as(alice)).set('Accept-Language', lang).send(body);

  it('is the household registration unless said otherwise', async () => {
    const res = await start({ areaId: '150822201', programs: ['dibao'] }).expect(201);
    expect(res.body.placeBasis).toBe('registration');
  });

  it('may be where the hardship happened for temporary assistance where the pack allows it, decided by that township', async () => {
    const res = await start({
      areaId: '230717001001',
      programs: ['temporary'],
      placeBasis: 'residence',
    }).expect(201);
    expect(res.body).toMatchObject({ placeBasis: 'residence', jurisdiction: 'yichun' });
    const raw = await Application.findById(res.body.id).lean();
    expect(raw).toMatchObject({ placeBasis: 'residence', townshipId: '230717001' });
  });

  it.each([
    ['another programme in the same place', { areaId: '230717001001', programs: ['dibao'] }],
    [
      'temporary assistance with another programme',
      { areaId: '230717001001', programs: ['temporary', 'dibao'] },
    ],
    ['a place whose documents keep the registration limit', { areaId: '150822201', programs: ['dibao'] }],
  ])('is refused away from the registration for %s (400)', async (_, body) => {
    const before = await Application.countDocuments();
    const zh = await start({ ...body, placeBasis: 'residence' }).expect(400);
    expect(zh.body.error).toMatchObject({
      code: 'place_basis_not_allowed',
      message: expect.stringContaining('只有临时救助可以不在户籍所在地申请'),
    });
    const en = await start({ ...body, placeBasis: 'residence' }, 'en').expect(400);
    expect(en.body.error.message).toContain('Only temporary assistance can be applied for away from');
    expect(await Application.countDocuments()).toBe(before);
  });

  it('names an unknown basis as a localised field error', async () => {
    const res = await start(
      { areaId: '150822201', programs: ['dibao'], placeBasis: 'workplace' },
      'en',
    ).expect(400);
    expect(res.body.error.fields[0]).toMatchObject({ path: 'body.placeBasis' });
  });
});
