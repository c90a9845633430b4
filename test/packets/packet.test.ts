import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { auditTrailOf } from '../../server/audit/audit-log';
import { idNumberFor, residentToken, submittedCase } from '../support/cases';
import { png } from '../support/files';
import { addStaff, seedAreas, seedChaohu, signIn } from '../support/fixtures';
import { startTestApp, tempDir, type TestApp } from '../support/harness';

/** The intake packet PDF, read back with pdftotext (poppler-utils). */

let app: TestApp;
let staff: string;
let other: string;
let resident: string;
let caseId: string;
const as = (token: string) => ({ Authorization: `Bearer ${token}` });

beforeAll(async () => {
  app = await startTestApp({ DEV_LOGIN: 'true' });
  await seedChaohu();
  await seedAreas();
  await addStaff(app, 'zhegao.staff', 'township_staff', '340181100');
  await addStaff(app, 'bayan.staff', 'township_staff', '150822100');
  staff = await signIn(app, 'zhegao.staff');
  other = await signIn(app, 'bayan.staff');
  resident = await residentToken(app, 'packet');
  caseId = await submittedCase(app, {
    token: resident,
    areaId: '340181101',
    programs: ['dibao'],
    extraFiles: [
      {
        materialId: 'household_register',
        data: await png(300, 200),
        contentType: 'image/png',
        filename: '户口本.png',
      },
    ],
  });
});
afterAll(() => app.close());

function pdfText(data: Buffer): string {
  const dir = tempDir('packet');
  const file = path.join(dir, 'packet.pdf');
  fs.writeFileSync(file, data);
  try {
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

it('prints the form, the household with masked ID numbers, the declarations, the materials and the photos', async () => {
  const res = await app.http
    .get(`/api/v1/applications/${caseId}/packet`)
    .set(as(staff))
    .buffer(true)
    .expect(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  const data = res.body as Buffer;
  expect(data.subarray(0, 5).toString()).toBe('%PDF-');
  const text = pdfText(data);
  expect(text).toContain('王秀兰');
  expect(text).toContain('李建国');
  expect(text).toContain('汪桥村');
  expect(text).toContain('社会救助诚信声明');
  expect(text).toContain('户口本');
  expect(text).toContain('照片 1');
  const id = idNumberFor('340181101', '19520310');
  expect(text).not.toContain(id);
  expect(text).toContain(`${id.slice(0, 6)}********${id.slice(-4)}`);
  // The photo page: one image embedded.
  expect(data.toString('latin1')).toMatch(/\/Subtype \/Image/);

  const trail = await auditTrailOf({ type: 'application', id: caseId });
  expect(trail.find((e) => e.action === 'packet.download')).toMatchObject({ actor: { kind: 'staff' } });
});

it('is for the office of the case only, and only once submitted', async () => {
  await app.http.get(`/api/v1/applications/${caseId}/packet`).set(as(other)).expect(403);
  await app.http.get(`/api/v1/applications/${caseId}/packet`).set(as(resident)).expect(403);
  const draft = await app.http
    .post('/api/v1/applications')
    .set(as(resident))
    .send({ areaId: '340181101', programs: ['dibao'] })
    .expect(201);
  const early = await app.http.get(`/api/v1/applications/${draft.body.id}/packet`).set(as(staff)).expect(409);
  expect(early.body.error.code).toBe('packet_before_submission');
});
