import { maskName } from '../../server/notices/mask-name';
import { residentToken, submittedCase } from '../support/cases';
import { addStaff, seedAreas, signIn } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/harness';
import { walkCase } from '../support/walk';

/** The public notice (公示) of a village and its township, generated from the cases' stages and decisions. */

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ DEV_LOGIN: 'true' });
  await seedAreas();
  await addStaff(app, 'bayan.staff', 'township_staff', '150822100');
  await addStaff(app, 'shajin.staff', 'township_staff', '150822200');
  const bayan = await signIn(app, 'bayan.staff');
  const shajin = await signIn(app, 'shajin.staff');
  const resident = (openid: string) => residentToken(app, openid);
  const caseIn = async (areaId: string, openid: string) =>
    submittedCase(app, {
      token: await resident(openid),
      areaId,
      programs: ['dibao'],
      submittedOn: '2026-10-09',
    });
  // Approved, being published, and one in another township that must not show.
  await walkCase(app, await caseIn('150822101', 'notice-a'), {
    token: bayan,
    from: '2026-10-12',
    amountsFen: { dibao: 45000 },
  });
  await walkCase(app, await caseIn('150822101', 'notice-b'), {
    token: bayan,
    from: '2026-10-12',
    stopBefore: 'approval',
  });
  await walkCase(app, await caseIn('150822101', 'notice-c'), {
    token: bayan,
    from: '2026-10-12',
    stopBefore: 'publication',
  });
  await walkCase(app, await caseIn('150822201', 'notice-d'), { token: shajin, from: '2026-10-12' });
});
afterAll(() => app.close());

it('masks names as public notices do', () => {
  expect(maskName('王秀兰')).toBe('王*兰');
  expect(maskName('李明')).toBe('李*');
  expect(maskName('欧阳明月')).toBe('欧**月');
});

it('lists a village’s published and approved households with masked names, size, programme and amount — to anyone', async () => {
  const res = await app.http.get('/api/v1/areas/150822101/notices').expect(200);
  expect(res.body.total).toBe(2);
  const [open, approved] = res.body.items;
  expect(open).toMatchObject({
    village: '东风村',
    head: '王*兰',
    householdSize: 2,
    state: 'in_publication',
    programs: [{ program: 'dibao', amountFen: null }],
    publication: { from: expect.any(String), objectionOpen: true },
  });
  expect(approved).toMatchObject({
    state: 'approved',
    programs: [{ program: 'dibao', name: '最低生活保障（低保）', amountFen: 45000, amountText: '450.00元' }],
    decidedOn: expect.any(String),
  });
  expect(res.body.howToObject).toContain('县民政局');
  const text = JSON.stringify(res.body);
  expect(text).not.toContain('王秀兰');
  expect(text).not.toMatch(/1508\d{14}/); // no ID number
  expect(text).not.toContain('150822-'); // no case number
});

it('covers the villages of a township, and only them', async () => {
  const township = await app.http.get('/api/v1/areas/150822100/notices').expect(200);
  expect(township.body.total).toBe(2);
  const other = await app.http.get('/api/v1/areas/150822200/notices').expect(200);
  expect(other.body.items).toEqual([expect.objectContaining({ village: '哈腾套海嘎查', state: 'approved' })]);
  await app.http.get('/api/v1/areas/150822/notices').expect(404);
});

it('shows the same notice as a public page, in English too', async () => {
  const page = await app.http.get('/notices/150822101').expect(200);
  expect(page.type).toBe('text/html');
  expect(page.text).toContain('东风村社会救助公示');
  expect(page.text).toContain('王*兰');
  expect(page.text).not.toContain('王秀兰');
  const en = await app.http.get('/notices/150822101?lang=en').expect(200);
  expect(en.text).toContain('being published');
  expect(en.text).toContain('450');
});
