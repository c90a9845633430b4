import { auditTrailOf } from '../../server/audit/audit-log';
import { Staff } from '../../server/identity/staff-model';
import { startTestApp, type TestApp } from '../support/harness';
import { addStaff, seedAreas, signIn } from '../support/fixtures';
import { residentToken } from '../support/cases';

let app: TestApp;
let township: string;
let county: string;

beforeAll(async () => {
  app = await startTestApp({ DEV_LOGIN: 'true' });
  await seedAreas();
  await addStaff(app, 'bayan.staff', 'township_staff', '150822100');
  await addStaff(app, 'county.sup', 'county_supervisor', '150822', '13800138000');
  township = await signIn(app, 'bayan.staff');
  county = await signIn(app, 'county.sup');
});
afterAll(() => app.close());

const get = (path: string, token?: string) => {
  const req = app.http.get(path);
  return token ? req.set('Authorization', `Bearer ${token}`) : req;
};

describe('jurisdiction', () => {
  it('lets a township account read its own township and villages', async () => {
    const own = await get('/api/v1/areas/150822101', township).expect(200);
    expect(own.body).toMatchObject({ id: '150822101', path: ['150822', '150822100', '150822101'] });
  });

  it("refuses a township account another township's record, in Chinese by default", async () => {
    const res = await get('/api/v1/areas/150822201', township).expect(403);
    expect(res.body.error.code).toBe('outside_jurisdiction');
    expect(res.body.error.message).toContain('辖区');
    await get('/api/v1/areas/150822200/children', township).expect(403);
  });

  it('refuses the township account its county, which lies above it', async () => {
    await get('/api/v1/areas/150822', township).expect(403);
  });

  it('lets the county supervisor reach every township', async () => {
    const res = await get('/api/v1/areas/150822/children', county).expect(200);
    expect(res.body.items.map((a: { id: string }) => a.id)).toEqual(['150822100', '150822200']);
  });

  it('answers 404 for an area that does not exist and 401 without a session', async () => {
    await get('/api/v1/areas/999999', county).expect(404);
    const res = await get('/api/v1/areas/150822100').expect(401);
    expect(res.body.error.code).toBe('unauthenticated');
  });

  it('refuses residents the staff routes', async () => {
    const res = await get('/api/v1/areas/150822100', await residentToken(app, 'resident-001')).expect(403);
    expect(res.body.error.code).toBe('forbidden');
  });
});

describe('staff records', () => {
  it('decrypts the phone for an authorised reader, keeps it sealed at rest, and audits the read', async () => {
    const sup = await Staff.findOne({ username: 'county.sup' }).lean();
    const id = String(sup!._id);
    const res = await get(`/api/v1/staff/${id}`, county).expect(200);
    expect(res.body.phone).toBe('13800138000');
    expect(res.body).not.toHaveProperty('passwordHash');

    const raw = await Staff.collection.findOne({ username: 'county.sup' });
    expect(JSON.stringify(raw)).not.toContain('13800138000');
    expect(raw!.phoneIndex).toBe(app.runtime.deps.crypto.blindIndex('phone', '+86 138-0013-8000'));

    const trail = await auditTrailOf({ type: 'staff', id });
    const read = trail.find((e) => e.action === 'read');
    expect(read).toMatchObject({ actor: { kind: 'staff', role: 'county_supervisor' }, channel: 'api' });
  });

  it('keeps a township account away from county staff', async () => {
    const sup = await Staff.findOne({ username: 'county.sup' }).lean();
    await get(`/api/v1/staff/${String(sup!._id)}`, township).expect(403);
  });
});
