import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Response } from 'superagent';
import { auditTrailOf } from '../../server/audit/audit-log';
import { runAdmin } from '../support/admin-cli';
import { idNumberFor, residentToken, submittedCase } from '../support/cases';
import { addStaff, seedAreas, signIn } from '../support/fixtures';
import { startTestApp, startTestStore, tempDir, type TestApp } from '../support/harness';
import { walkCase } from '../support/walk';

/** The recipients register and the month's changes as Excel, through the API and the admin CLI, read back. */

jest.setTimeout(120_000);

let store: Awaited<ReturnType<typeof startTestStore>>;
let app: TestApp;
let staff: string;
const as = (token: string) => ({ Authorization: `Bearer ${token}` });

beforeAll(async () => {
  store = await startTestStore();
  app = await startTestApp({ DEV_LOGIN: 'true' }, store);
  await seedAreas();
  await addStaff(app, 'bayan.staff', 'township_staff', '150822100');
  await addStaff(app, 'shajin.staff', 'township_staff', '150822200');
  staff = await signIn(app, 'bayan.staff');
  const resident = await residentToken(app, 'exports');
  for (const amount of [41000, 38000]) {
    const id = await submittedCase(app, {
      token: resident,
      areaId: '150822101',
      programs: ['dibao'],
      submittedOn: '2026-10-09',
    });
    await walkCase(app, id, { token: staff, from: '2026-10-12', amountsFen: { dibao: amount } });
    const made = await app.http
      .post(`/api/v1/applications/${id}/recipients`)
      .set(as(staff))
      .send({ firstPaymentMonth: '2026-12' })
      .expect(201);
    if (amount === 38000)
      await app.http
        .post(`/api/v1/recipients/${made.body.recipients[0].id}/changes`)
        .set(as(staff))
        .send({ kind: 'increase', amountFen: 45000, fromMonth: '2027-01', reasons: '新增重病成员' })
        .expect(200);
  }
});
afterAll(async () => {
  await app.close();
  await store.stop();
});

/** Reads a response body as bytes (supertest parses only the types it knows). */
const binary = (res: Response, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};
const workbook = async (data: Buffer) => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(data as unknown as ExcelJS.Buffer);
  return book;
};
const rows = (sheet: ExcelJS.Worksheet) =>
  sheet
    .getSheetValues()
    .slice(1)
    .map((r) => (r as ExcelJS.CellValue[]).slice(1));

it('exports the register and the month’s changes in the provincial layout, and the file reads back', async () => {
  const res = await app.http
    .get('/api/v1/exports/recipients?month=2026-12')
    .set(as(staff))
    .buffer(true)
    .parse(binary)
    .expect(200);
  expect(res.headers['content-type']).toBe(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
  const book = await workbook(res.body as Buffer);
  const [register, changes] = book.worksheets;
  expect(register!.name).toBe('保障对象花名册');
  const [header, first, second] = rows(register!);
  expect(header).toEqual([
    '序号',
    '行政区划代码',
    '乡镇（街道）',
    '村（社区）',
    '户主姓名',
    '户主身份证号码',
    '家庭人口数',
    '救助类别',
    '分类',
    '月保障金额（元）',
    '起始发放年月',
    '审批日期',
    '状态',
    '案件编号',
  ]);
  expect(first!.slice(0, 8)).toEqual([
    1,
    '150822101',
    '巴彦高勒镇',
    '东风村',
    '王秀兰',
    idNumberFor('150822101', '19520310'),
    2,
    '最低生活保障（低保）',
  ]);
  expect([first![9], second![9]].sort()).toEqual([410, 450]);
  expect(first![10]).toBe('2026-12');
  expect(changes!.name).toBe('2026-12变动名单');
  expect(
    rows(changes!)
      .slice(1)
      .map((r) => `${String(r[5])} ${String(r[7])}`)
      .sort(),
  ).toEqual(['新增 380', '新增 410']);

  const trail = await auditTrailOf({ type: 'area', id: '150822100' });
  expect(trail.find((e) => e.action === 'export.recipients')).toMatchObject({
    details: { month: '2026-12', recipients: 2, changes: 2 },
  });
});

it('lists only the caller’s jurisdiction', async () => {
  const other = await signIn(app, 'shajin.staff');
  const res = await app.http
    .get('/api/v1/exports/recipients?month=2026-12')
    .set(as(other))
    .buffer(true)
    .parse(binary)
    .expect(200);
  const book = await workbook(res.body as Buffer);
  expect(rows(book.worksheets[0]!)).toHaveLength(1);
});

it('exports from the admin CLI too, a month’s increases included', async () => {
  const dir = tempDir('export');
  const out = path.join(dir, 'dengkou.xlsx');
  const run = await runAdmin(['export:recipients', '--area', '150822', '--month', '2027-01', '--out', out], {
    MONGODB_URI: store.uri,
    MONGODB_DB: 'test',
    REDIS_KEY_PREFIX: 'test:cli-export:',
    DATA_DIR: store.dataDir,
  });
  expect(run.err).toBe('');
  expect(run.code).toBe(0);
  expect(run.out).toContain('已导出 2 户保障对象、1 条变动');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  const changes = rows(book.worksheets[1]!);
  expect(changes[1]!.slice(5, 10)).toEqual(['增发', 380, 450, '2027-01', '新增重病成员']);
  fs.rmSync(dir, { recursive: true, force: true });
});
