import { createHash } from 'node:crypto';
import { Application } from '../../server/applications/application-model';
import { createArea } from '../../server/areas/areas';
import { auditTrailOf } from '../../server/audit/audit-log';
import { chinaToday } from '../../server/calendar/china-date';
import { addWorkingDays } from '../../server/calendar/working-days';
import { OutboxDue } from '../../server/outbox/due';
import { Report } from '../../server/reports/report-model';
import { createReport, newReportSchema } from '../../server/reports/reports';
import { createStaff } from '../../server/identity/staff';
import { startTestApp, type TestApp } from '../support/harness';
import { addStaff, PASSWORD, seedAreas, seedYichun, signIn } from '../support/fixtures';

let app: TestApp;
const tokens: Record<string, string> = {};
const residentIds: Record<string, string> = {};

/** Chaohu (pack `chaohu`, seed 000: answer within 15 working days): a county-level city, a sub-district, a community. */
async function seedChaohu() {
  await createArea({ id: '340181', name: '巢湖市', level: 'county', kind: '市', policyPack: 'chaohu' });
  await createArea({
    id: '340181001',
    name: '亚父街道',
    level: 'township',
    kind: '街道',
    parentId: '340181',
  });
  await createArea({
    id: '340181001001',
    name: '健康路社区',
    level: 'village',
    kind: '社区',
    parentId: '340181001',
  });
}

beforeAll(async () => {
  app = await startTestApp({
    DEV_LOGIN: 'true',
    TRUST_PROXY: 'true',
    REPORT_RATE_LIMIT: '3',
    REPORT_FOLLOW_RATE_LIMIT: '5',
  });
  await seedAreas();
  await seedChaohu();
  // Yichun (pack `yichun`) is the place whose document says who handles reports (seed 002 二(五)3).
  await seedYichun();
  await addStaff(app, 'yafu.staff', 'township_staff', '340181001');
  await addStaff(app, 'chaohu.county', 'county_supervisor', '340181');
  await addStaff(app, 'bayan.staff', 'township_staff', '150822100');
  await addStaff(app, 'dengkou.county', 'county_supervisor', '150822');
  await addStaff(app, 'village.worker', 'village_worker', '150822201');
  await addStaff(app, 'xuri.staff', 'township_staff', '230717001');
  for (const name of [
    'yafu.staff',
    'chaohu.county',
    'bayan.staff',
    'dengkou.county',
    'village.worker',
    'xuri.staff',
  ]) {
    tokens[name] = await signIn(app, name);
  }
  for (const name of ['alice', 'bob']) {
    const res = await app.http
      .post('/api/v1/auth/dev')
      .send({ openid: `resident-${name}` })
      .expect(200);
    tokens[name] = res.body.token;
    residentIds[name] = res.body.resident.id;
  }
});
afterAll(() => app.close());

let clients = 0;
/** Every request comes from its own address unless a test pins one, so rate limits only bite where tested. */
const freshIp = () => {
  clients += 1;
  return `198.51.100.${clients % 250}`;
};
let keys = 0;
const freshKey = () => {
  keys += 1;
  return `report-key-${keys}-${Date.now()}`;
};

interface Send {
  token?: string;
  ip?: string;
  key?: string;
  lng?: string;
}

const post = (path: string, body: unknown, { token, ip, key, lng }: Send = {}) => {
  const req = app.http
    .post(path)
    .set('X-Forwarded-For', ip ?? freshIp())
    .set('Accept-Language', lng ?? 'zh-CN');
  if (token) req.set('Authorization', `Bearer ${token}`);
  if (key) req.set('Idempotency-Key', key);
  return req.send(body as object);
};
const report = (body: unknown, send: Send = {}) =>
  post('/api/v1/reports', body, { key: freshKey(), ...send });
const follow = (receiptCode: string, secret: string, send: Send = {}) =>
  post('/api/v1/reports/follow', { receiptCode, secret }, send);
const get = (path: string, token: string) =>
  app.http.get(path).set('Authorization', `Bearer ${token}`).set('X-Forwarded-For', freshIp());

const fraud = (extra: Record<string, unknown> = {}) => ({
  kind: 'fraud',
  areaId: '340181001001',
  people: [{ name: '张某', position: '低保户' }],
  description: '张某家里开着两家商铺，还在领低保，请核查。',
  reporter: { anonymous: true },
  ...extra,
});

const RECEIPT = /^JB-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$/;
const SECRET = /^([23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}-){5}[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}$/;

describe('making a report', () => {
  it('keeps nothing that identifies an anonymous reporter, even a signed-in one, nor in the audit trail or cache', async () => {
    const ip = '203.0.113.77';
    const res = await report(fraud(), { token: tokens.alice, ip }).expect(201);
    expect(res.body.receiptCode).toMatch(RECEIPT);
    expect(res.body.secret).toMatch(SECRET);
    expect(res.body.secretNote).toContain('只显示这一次');
    expect(res.body).toMatchObject({ kind: 'fraud', status: 'received', answer: null });

    const raw = await Report.collection.findOne({ receiptCode: res.body.receiptCode });
    expect(raw).not.toBeNull();
    expect(raw!.reporter).toEqual({
      anonymous: true,
      nameSealed: null,
      phoneSealed: null,
      residentId: null,
      staffId: null,
    });
    const stored = JSON.stringify(raw);
    // What it says and whom it names are sealed too.
    for (const said of ['张某', '低保户', '两家商铺']) expect(stored).not.toContain(said);
    const secretBare = res.body.secret.replace(/-/g, '');
    for (const identifying of [residentIds.alice!, 'resident-alice', ip, res.body.secret, secretBare]) {
      expect(stored).not.toContain(identifying);
    }
    // Not even the openid's blind index, the session token, or the address's hash the rate limiter uses.
    expect(stored).not.toContain(app.runtime.deps.crypto.blindIndex('openid', 'resident-alice'));
    expect(stored).not.toContain(tokens.alice!);
    expect(stored).not.toContain(createHash('sha256').update(ip).digest('base64url').slice(0, 16));

    const trail = await auditTrailOf({ type: 'report', id: String(raw!._id) });
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({
      action: 'create',
      actor: { kind: 'anonymous', id: '-' },
      requestId: null,
    });
    const audited = JSON.stringify(trail);
    for (const identifying of [residentIds.alice!, 'resident-alice', ip])
      expect(audited).not.toContain(identifying);

    // The idempotency slot holding the receipt for retries is not keyed by the signed-in resident either.
    const prefix = app.runtime.deps.config.REDIS_KEY_PREFIX;
    const slots = await app.runtime.deps.redis.keys(`${prefix}idem:*/api/v1/reports:*`);
    expect(slots.length).toBeGreaterThan(0);
    for (const slot of slots) expect(slot).not.toContain(residentIds.alice!);
    // The receipt kept for retries is sealed: the secret is not readable in Redis.
    const cached = await app.runtime.deps.redis.mget(...slots.map((s) => s.slice(prefix.length)));
    expect(cached.join('')).toContain('sealed');
    expect(cached.join('')).not.toContain(res.body.secret);
  });

  it('keeps a named reporter’s name and phone sealed, with their account, and shows them to the office', async () => {
    const res = await report(
      fraud({
        reporter: { anonymous: false, name: '王五', phone: '13912345678' },
        description: '实名举报：张某的儿子在县城有两套房。',
      }),
      { token: tokens.bob },
    ).expect(201);
    const raw = await Report.collection.findOne({ receiptCode: res.body.receiptCode });
    const { crypto } = app.runtime.deps;
    expect(raw!.reporter.residentId).toBe(residentIds.bob);
    expect(raw!.reporter.phoneSealed).toMatch(/^v1\./);
    expect(crypto.decrypt(raw!.reporter.phoneSealed)).toBe('13912345678');
    expect(crypto.decrypt(raw!.reporter.nameSealed)).toBe('王五');
    expect(JSON.stringify(raw)).not.toContain('13912345678');
    expect(JSON.stringify(raw)).not.toContain('王五');

    const detail = await get(`/api/v1/reports/${raw!._id}`, tokens['yafu.staff']!).expect(200);
    expect(detail.body.reporter).toEqual({ anonymous: false, name: '王五', phone: '13912345678' });
    expect(detail.body.description).toBe('实名举报：张某的儿子在县城有两套房。');
    expect(detail.body.people).toEqual([{ name: '张某', position: '低保户' }]);
    const trail = await auditTrailOf({ type: 'report', id: String(raw!._id) });
    expect(trail.map((e) => [e.action, e.actor?.kind])).toEqual([
      ['create', 'resident'],
      ['read', 'staff'],
    ]);
  });

  it('tells the office by WeCom, in the same document: receipt code, kind, place, deadline — never the reporter', async () => {
    const res = await report(
      fraud({ reporter: { anonymous: false, name: '赵六', phone: '13800001111' } }),
    ).expect(201);
    const raw = await Report.collection.findOne({ receiptCode: res.body.receiptCode });
    expect(raw!.outbox).toHaveLength(1);
    const [message] = raw!.outbox;
    expect(message).toMatchObject({ kind: 'wecom', status: 'pending', attempts: 0 });
    expect(message.payload.areaId).toBe('340181001');
    expect(raw!.outboxDueAt).toBeInstanceOf(Date);
    // On the dispatcher's due list with the report, due when the report is.
    expect(await OutboxDue.findById(`report:${String(raw!._id)}`).lean()).toMatchObject({
      dueAt: raw!.outboxDueAt,
    });
    const markdown: string = message.payload.markdown;
    expect(markdown).toContain(res.body.receiptCode);
    expect(markdown).toContain('骗取社会救助（骗保）');
    expect(markdown).toContain('健康路社区');
    expect(markdown).toContain(`${res.body.answerDue.date}（15个工作日内）`);
    for (const secretOrIdentity of ['赵六', '13800001111', '张某', res.body.secret]) {
      expect(markdown).not.toContain(secretOrIdentity);
    }
  });

  it('replays the same receipt and secret to a retry and never stores the report twice', async () => {
    const key = freshKey();
    const body = fraud({ description: '重试测试：李某冒领已故母亲的特困供养金。' });
    const before = await Report.countDocuments();
    const first = await report(body, { key, token: tokens.alice }).expect(201);
    const retry = await report(body, { key, token: tokens.alice }).expect(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body.receiptCode).toBe(first.body.receiptCode);
    expect(retry.body.secret).toBe(first.body.secret);
    expect(await Report.countDocuments()).toBe(before + 1);
    // And the replayed secret opens it.
    await follow(first.body.receiptCode, retry.body.secret).expect(200);
  });

  it('is open without sign-in, but rate-limited per client', async () => {
    const ip = '203.0.113.200';
    for (let i = 0; i < 3; i += 1) {
      await report(fraud({ description: `匿名举报第${i + 1}件：某村干部亲属违规享受低保。` }), { ip }).expect(
        201,
      );
    }
    const limited = await report(fraud(), { ip }).expect(429);
    expect(limited.headers['retry-after']).toBe('3600');
    expect(limited.body.error.code).toBe('rate_limited');
  });
});

describe('routing (seed 002 二(五)3)', () => {
  let aboutStaff: { id: string; receiptCode: string; secret: string };
  let local: string;

  beforeAll(async () => {
    const res = await report(
      fraud({
        kind: 'favouritism',
        involvesStaff: true,
        people: [{ name: '陈某', position: '亚父街道民政办工作人员' }],
        description: '街道民政办陈某给自己的表弟办了人情保。',
      }),
    ).expect(201);
    const raw = await Report.findOne({ receiptCode: res.body.receiptCode }).lean();
    aboutStaff = { id: String(raw!._id), receiptCode: res.body.receiptCode, secret: res.body.secret };
    const other = await report(fraud({ description: '本地路由：某户隐瞒了务工收入。' })).expect(201);
    local = String((await Report.findOne({ receiptCode: other.body.receiptCode }).lean())!._id);
  });

  it('sends a report naming township staff to the county, citing the rule, without naming staff', async () => {
    const res = await follow(aboutStaff.receiptCode, aboutStaff.secret).expect(200);
    expect(res.body.routing).toMatchObject({
      level: 'county',
      office: '巢湖市',
      rule: 'involves_staff',
      // Chaohu's document says nothing about routing: the national rule is cited.
      source: { document: '《社会救助暂行办法》(国务院令第649号)' },
      localRule: null,
    });
    expect(res.body.routing.explanation).toContain('县级民政部门');
    const raw = await Report.findById(aboutStaff.id).lean();
    expect(raw!.routedTo).toEqual({
      level: 'county',
      areaId: '340181',
      path: ['340181'],
      rule: 'involves_staff',
    });
    expect(raw!.outbox[0]!.payload).toMatchObject({ areaId: '340181' });
  });

  it('keeps it from the township staff it may be about; the county reaches both', async () => {
    const denied = await get(`/api/v1/reports/${aboutStaff.id}`, tokens['yafu.staff']!).expect(403);
    expect(denied.body.error.code).toBe('outside_jurisdiction');
    const township = await get('/api/v1/reports?size=100', tokens['yafu.staff']!).expect(200);
    const seenByTownship = township.body.items.map((r: { id: string }) => r.id);
    expect(seenByTownship).toContain(local);
    expect(seenByTownship).not.toContain(aboutStaff.id);

    const county = await get('/api/v1/reports?size=100', tokens['chaohu.county']!).expect(200);
    const seenByCounty = county.body.items.map((r: { id: string }) => r.id);
    expect(seenByCounty).toEqual(expect.arrayContaining([local, aboutStaff.id]));
    await get(`/api/v1/reports/${aboutStaff.id}`, tokens['chaohu.county']!).expect(200);
    // Another county's supervisor reaches neither.
    const elsewhere = await get('/api/v1/reports?size=100', tokens['dengkou.county']!).expect(200);
    expect(elsewhere.body.items.map((r: { id: string }) => r.id)).not.toContain(local);
    await get(`/api/v1/reports/${aboutStaff.id}`, tokens['dengkou.county']!).expect(403);
  });

  it('sends favouritism and staff misconduct to the county even when “involves staff” is not ticked', async () => {
    for (const kind of ['favouritism', 'misconduct']) {
      const res = await report(
        fraud({ kind, involvesStaff: false, description: `${kind}：某人违规。` }),
      ).expect(201);
      expect(res.body.routing).toMatchObject({ level: 'county', office: '巢湖市', rule: 'accuses_office' });
    }
  });

  it('sends a report naming someone on the township’s staff list to the county, whatever was ticked', async () => {
    await createStaff(
      {
        username: 'yafu.head',
        displayName: '王建国',
        role: 'township_staff',
        areaId: '340181001',
        password: PASSWORD,
      },
      app.runtime.deps.crypto,
    );
    const named = await report(
      fraud({
        people: [{ name: ' 王建国 ' }],
        description: '王建国收了好处，给不符合条件的人办了低保。',
      }),
    ).expect(201);
    expect(named.body.routing).toMatchObject({ level: 'county', rule: 'names_staff' });
    expect(named.body.routing.explanation).toContain('工作人员名单');
    // The same name in another township's village is not this township's staff.
    const elsewhere = await report(
      fraud({
        areaId: '150822201',
        people: [{ name: '王建国' }],
        description: '王建国家隐瞒了外出务工收入。',
      }),
    ).expect(201);
    expect(elsewhere.body.routing).toMatchObject({ level: 'township', rule: 'township_handles' });
  });

  it('cites each place’s own rule where its document has one, else the national one', async () => {
    const dengkou = await report(fraud({ areaId: '150822201', description: '磴口：某户隐瞒收入。' })).expect(
      201,
    );
    expect(dengkou.body.routing.source.document).toBe('《社会救助暂行办法》(国务院令第649号)');
    expect(dengkou.body.routing.source.clause).toContain('第六十三条');
    const yichun = await report(fraud({ areaId: '230717001', description: '伊春：某户隐瞒收入。' })).expect(
      201,
    );
    expect(yichun.body.routing.source).toEqual({ document: '002', clause: '二(五)3 落实投诉举报核查制度' });
  });

  it('shows the local document’s rule where it has one', async () => {
    const res = await report(fraud({ areaId: '230717001' }), { lng: 'en' }).expect(201);
    expect(res.body.routing).toMatchObject({
      level: 'township',
      office: '旭日街道',
      rule: 'township_handles',
    });
    expect(res.body.routing.localRule.text).toContain('county civil-affairs bureau');
    expect(res.body.routing.localRule.source).toEqual({
      document: '002',
      clause: '二(五)3 落实投诉举报核查制度',
    });
  });
});

describe('complaints about a case', () => {
  let caseId: string;

  beforeAll(async () => {
    const res = await app.http
      .post('/api/v1/applications')
      .set('Authorization', `Bearer ${tokens.alice}`)
      .send({ areaId: '150822101', programs: ['dibao'] })
      .expect(201);
    caseId = res.body.id;
  });

  const complaint = (extra: Record<string, unknown> = {}) => ({
    kind: 'complaint',
    applicationId: caseId,
    description: '申请提交两个月了，镇里一直没有入户调查，也没有说明原因。',
    reporter: { anonymous: false },
    ...extra,
  });

  it('lets the owner complain; the place is the case’s and the county handles it, the township having decided', async () => {
    const res = await report(complaint(), { token: tokens.alice }).expect(201);
    expect(res.body.routing).toMatchObject({ level: 'county', office: '磴口县', rule: 'township_decision' });
    const raw = await Report.findOne({ receiptCode: res.body.receiptCode }).lean();
    expect(raw).toMatchObject({ applicationId: caseId, areaId: '150822101', jurisdiction: 'dengkou' });
    expect(raw!.routedTo.areaId).toBe('150822');
    await get(`/api/v1/reports/${raw!._id}`, tokens['bayan.staff']!).expect(403);
  });

  it('refuses a complaint about someone else’s case, an unknown case, and one made without signing in', async () => {
    const other = await report(complaint(), { token: tokens.bob }).expect(403);
    expect(other.body.error.code).toBe('not_your_application');
    const missing = await report(complaint({ applicationId: 'aaaaaaaaaaaaaaaaaaaaaaaa' }), {
      token: tokens.alice,
    }).expect(404);
    expect(missing.body.error.code).toBe('not_found');
    const unsigned = await report(complaint()).expect(401);
    expect(unsigned.body.error.code).toBe('unauthenticated');
    expect(await Report.countDocuments({ applicationId: caseId })).toBe(1);
    expect(await Application.countDocuments({ _id: caseId })).toBe(1);
  });
});

describe('following a report', () => {
  let receipt: { receiptCode: string; secret: string };

  beforeAll(async () => {
    const res = await report(fraud({ description: '跟踪测试：王某名下有一辆新车。' })).expect(201);
    receipt = { receiptCode: res.body.receiptCode, secret: res.body.secret };
  });

  it('opens with the receipt code and the secret, however they are typed', async () => {
    const res = await follow(receipt.receiptCode, receipt.secret).expect(200);
    expect(res.body).toMatchObject({
      receiptCode: receipt.receiptCode,
      kind: 'fraud',
      status: 'received',
      answer: null,
      answerDueNote: null,
      routing: { level: 'township', office: '亚父街道' },
    });
    expect(res.body.answerDue).toMatchObject({ workingDays: 15, source: { document: '000' } });
    expect(res.body.answerDue.date > res.body.receivedOn).toBe(true);
    expect(res.body).not.toHaveProperty('secret');
    const typed = `${receipt.receiptCode.toLowerCase().replace('-', ' ')}`;
    await follow(typed, receipt.secret.toLowerCase().replace(/-/g, ' ')).expect(200);
    const raw = await Report.findOne({ receiptCode: receipt.receiptCode }).lean();
    const trail = await auditTrailOf({ type: 'report', id: String(raw!._id) });
    expect(trail.filter((e) => e.action === 'follow').map((e) => e.actor)).toEqual([
      { kind: 'anonymous', id: '-' },
      { kind: 'anonymous', id: '-' },
    ]);
  });

  it('answers a wrong secret and an unknown code alike', async () => {
    const otherSecret = receipt.secret.startsWith('A')
      ? `B${receipt.secret.slice(1)}`
      : `A${receipt.secret.slice(1)}`;
    const wrongSecret = await follow(receipt.receiptCode, otherSecret, { lng: 'en' }).expect(404);
    const unknownCode = await follow('JB-2222222222', receipt.secret, { lng: 'en' }).expect(404);
    const strip = (b: { error: { code: string; message: string } }) => ({
      code: b.error.code,
      message: b.error.message,
    });
    expect(strip(wrongSecret.body)).toEqual(strip(unknownCode.body));
    expect(strip(wrongSecret.body)).toEqual({
      code: 'report_receipt_invalid',
      message: 'The receipt code or the secret is not right; please check them and try again.',
    });
    const zh = await follow('JB-2222222222', receipt.secret).expect(404);
    expect(zh.body.error.message).toBe('回执编号或查询密码不正确，请核对后重试。');
  });

  it('stops guessing: a client gets 429 after the limit, even with the right secret', async () => {
    const ip = '203.0.113.99';
    for (let i = 0; i < 5; i += 1) {
      await follow(`JB-${'23456789AB'.slice(i)}${'C'.repeat(i)}`, receipt.secret, { ip }).expect(404);
    }
    const limited = await follow(receipt.receiptCode, receipt.secret, { ip }).expect(429);
    expect(limited.body.error.code).toBe('rate_limited');
    await follow(receipt.receiptCode, receipt.secret).expect(200);
  });

  it('refuses a malformed code or secret with a localised 400', async () => {
    const res = await follow('JB-0000000000', 'short', { lng: 'en' }).expect(400);
    expect(res.body.error.fields).toEqual([
      expect.objectContaining({
        path: 'body.receiptCode',
        message: 'is not a receipt code (JB- and 10 letters and digits)',
      }),
      expect.objectContaining({
        path: 'body.secret',
        message: 'is not a report secret (24 letters and digits)',
      }),
    ]);
  });
});

describe('answering', () => {
  let target: { id: string; receiptCode: string; secret: string };

  beforeAll(async () => {
    const res = await report(
      fraud({ involvesStaff: true, description: '答复测试：社区主任把低保名额给了自己的亲戚。' }),
    ).expect(201);
    const raw = await Report.findOne({ receiptCode: res.body.receiptCode }).lean();
    target = { id: String(raw!._id), receiptCode: res.body.receiptCode, secret: res.body.secret };
  });

  const answer = {
    outcome: 'partly_substantiated',
    handling: '入户核查并调阅评议记录：亲属关系属实，已按近亲属备案规定补充备案，收入核算无误。',
    answer: '经核查，您反映的亲属关系属实，但该户收入符合低保条件；已要求补办近亲属备案。',
  };

  it('shows the answer to the reporter, without the internal handling notes', async () => {
    const denied = await post(`/api/v1/reports/${target.id}/answer`, answer, {
      token: tokens['yafu.staff'],
    }).expect(403);
    expect(denied.body.error.code).toBe('outside_jurisdiction');
    const res = await post(`/api/v1/reports/${target.id}/answer`, answer, {
      token: tokens['chaohu.county'],
    }).expect(200);
    expect(res.body).toMatchObject({ status: 'answered', answer: { outcome: 'partly_substantiated' } });

    const seen = await follow(target.receiptCode, target.secret).expect(200);
    expect(seen.body.status).toBe('answered');
    expect(seen.body.answer).toMatchObject({
      outcome: 'partly_substantiated',
      outcomeLabel: '反映的问题部分属实',
      text: answer.answer,
    });
    expect(JSON.stringify(seen.body)).not.toContain('入户核查');
    const trail = await auditTrailOf({ type: 'report', id: target.id });
    expect(trail.find((e) => e.action === 'update')).toMatchObject({
      actor: { kind: 'staff' },
      details: { status: 'answered', outcome: 'partly_substantiated' },
    });
  });

  it('refuses a second answer', async () => {
    const again = await post(
      `/api/v1/reports/${target.id}/answer`,
      { ...answer, outcome: 'substantiated' },
      {
        token: tokens['chaohu.county'],
        lng: 'en',
      },
    ).expect(409);
    expect(again.body.error).toMatchObject({
      code: 'report_already_answered',
      message: 'This complaint or report has already been answered; it cannot be answered twice.',
    });
    const raw = await Report.findById(target.id).lean();
    expect(raw!.answer!.outcome).toBe('partly_substantiated');
  });

  it('lists by status, newest first, a page at a time; only handlers may list', async () => {
    const answered = await get('/api/v1/reports?status=answered&lang=en', tokens['chaohu.county']!).expect(
      200,
    );
    expect(answered.body.items.map((r: { id: string }) => r.id)).toEqual([target.id]);
    const page1 = await get('/api/v1/reports?status=received&size=2', tokens['chaohu.county']!).expect(200);
    const page2 = await get('/api/v1/reports?status=received&size=2&page=2', tokens['chaohu.county']!).expect(
      200,
    );
    expect(page1.body.items).toHaveLength(2);
    expect(page1.body.total).toBeGreaterThan(3);
    const times = [...page1.body.items, ...page2.body.items].map((r: { createdAt: string }) => r.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(page1.body.items.map((r: { id: string }) => r.id)).not.toContain(page2.body.items[0].id);
    expect(page1.body.items[0]).not.toHaveProperty('description');

    await get('/api/v1/reports', tokens['village.worker']!).expect(403);
    await get('/api/v1/reports', tokens.alice!).expect(403);
    await app.http.get('/api/v1/reports').expect(401);
  });
});

describe('telling the reporter', () => {
  const answer = {
    outcome: 'partly_substantiated',
    handling: '入户核查：经营收入属实，已纳入收入核算。',
    answer: '经核查，您反映的经营收入部分属实，已重新核算该户收入。',
  };

  it('tells a named reporter who was signed in, by subscribe message, with the result but not the answer', async () => {
    const subscribes = async (receiptCode: string) =>
      (await Report.findOne({ receiptCode }).lean())!.outbox.filter((m) => m.kind === 'subscribe');
    const named = await report(
      fraud({ reporter: { anonymous: false, name: '王五' }, description: '答复通知：某户隐瞒了经营收入。' }),
      { token: tokens.bob },
    ).expect(201);
    const anonymous = await report(fraud({ description: '答复通知：匿名举报无人可通知。' })).expect(201);
    const unsigned = await report(
      fraud({ reporter: { anonymous: false, name: '赵六' }, description: '答复通知：未登录的实名举报。' }),
    ).expect(201);
    for (const r of [named, unsigned, anonymous]) {
      const raw = await Report.findOne({ receiptCode: r.body.receiptCode }).lean();
      await post(`/api/v1/reports/${raw!._id}/answer`, answer, { token: tokens['yafu.staff'] }).expect(200);
    }

    const [message] = await subscribes(named.body.receiptCode);
    expect(message!.payload).toEqual({
      residentId: residentIds.bob,
      page: `pages/report/follow?receiptCode=${named.body.receiptCode}`,
      data: {
        thing1: `投诉举报 ${named.body.receiptCode}`,
        phrase2: '已答复',
        time3: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        thing4: '反映的问题部分属实',
      },
    });
    expect(JSON.stringify(message)).not.toContain(answer.answer.slice(0, 8));
    // Nobody to tell: a named reporter who was not signed in, and an anonymous one.
    expect(await subscribes(unsigned.body.receiptCode)).toEqual([]);
    expect(await subscribes(anonymous.body.receiptCode)).toEqual([]);
  });
});

describe('problems the media disclosed (媒体披露)', () => {
  const disclose = (id: string, body: object, token = tokens['xuri.staff']!, lng = 'zh-CN') =>
    post(`/api/v1/reports/${id}/media-disclosure`, body, { token, lng });
  const reportAbout = async (areaId: string, description: string) => {
    const res = await report(fraud({ areaId, description })).expect(201);
    return String((await Report.findOne({ receiptCode: res.body.receiptCode }).lean())!._id);
  };

  it('dates the investigation 3 working days on in Yichun (seed 002 二(五)4), once, audited', async () => {
    const id = await reportAbout('230717001001', '媒体披露：朝阳社区某户有车有房仍领低保。');
    const res = await disclose(id, {}).expect(200);
    const today = chinaToday();
    expect(res.body.mediaDisclosure).toEqual({
      on: today,
      investigationDue: {
        date: addWorkingDays(today, 3).date,
        workingDays: 3,
        estimated: expect.any(Boolean),
        source: expect.objectContaining({ document: '002' }),
      },
      investigationDueNote: null,
      overdue: false,
    });
    const list = await get('/api/v1/reports', tokens['xuri.staff']!).expect(200);
    expect(list.body.items.find((r: { id: string }) => r.id === id).mediaDisclosure.on).toBe(today);
    const again = await disclose(id, {}, tokens['xuri.staff'], 'en').expect(409);
    expect(again.body.error).toMatchObject({
      code: 'report_media_already_marked',
      message: 'This report is already recorded as disclosed by the media.',
    });
    const trail = await auditTrailOf({ type: 'report', id });
    expect(trail.find((e) => e.action === 'update')).toMatchObject({
      actor: { kind: 'staff' },
      details: { mediaDisclosure: today },
    });
  });

  it('shows the investigation overdue once its date has passed unanswered', async () => {
    const id = await reportAbout('230717001001', '媒体披露：旧报道，逾期测试。');
    // Disclosed before the report was filed here: the clock runs from the disclosure.
    const res = await disclose(id, { on: '2026-09-28' }).expect(200);
    // Over the National Day holiday: not three calendar days.
    expect(res.body.mediaDisclosure.investigationDue.date).toBe(addWorkingDays('2026-09-28', 3).date);
    expect(res.body.mediaDisclosure.investigationDue.date > '2026-10-01').toBe(true);
    expect(res.body.mediaDisclosure.overdue).toBe(true);
  });

  it('invents no date where the local document sets none (Dengkou)', async () => {
    const id = await reportAbout('150822101', '媒体披露：东风村低保评议走过场。');
    const res = await disclose(id, {}, tokens['bayan.staff']).expect(200);
    expect(res.body.mediaDisclosure).toMatchObject({
      investigationDue: null,
      investigationDueNote: '本地文件未规定媒体披露问题的调查时限',
      overdue: false,
    });
  });

  it('refuses a future or malformed date, an answered report and other offices', async () => {
    const id = await reportAbout('230717001001', '媒体披露：错误输入测试。');
    const future = await disclose(
      id,
      { on: addWorkingDays(chinaToday(), 5).date },
      tokens['xuri.staff'],
      'en',
    );
    expect(future.status).toBe(400);
    expect(future.body.error).toMatchObject({
      code: 'media_date_in_future',
      message: 'The date of the media disclosure cannot be after today.',
    });
    await disclose(id, {}, tokens['yafu.staff']).expect(403);
    await disclose(id, {}, tokens.alice).expect(403);
    await disclose(id, { on: 'yesterday' }).expect(400);
    await post(
      `/api/v1/reports/${id}/answer`,
      { outcome: 'unsubstantiated', handling: '入户核查无此事。', answer: '经核查，反映的问题不属实。' },
      { token: tokens['xuri.staff'] },
    ).expect(200);
    const answered = await disclose(id, {}).expect(409);
    expect(answered.body.error.code).toBe('report_already_answered');
    expect((await Report.findById(id).lean())!.mediaDisclosure).toBeNull();
  });
});

describe('the answer deadline', () => {
  it('counts 15 working days over the National Day holiday for Chaohu', async () => {
    // Received on Monday 2026-09-28. The starting day does not count. Working days then: 9-29 (1), 9-30 (2);
    // 10-1 … 10-7 are the National Day holiday (10-3/10-4 a weekend inside it); 10-8 (3), 10-9 (4), Saturday
    // 10-10 is a make-up working day (5); Sunday 10-11 off; 10-12 … 10-16 (6–10); 10-19 … 10-23 (11–15).
    // Counting weekends only would give 2026-10-19, so the holiday calendar is what moves it to 10-23.
    const { report: stored, secret } = await createReport(
      newReportSchema.parse(fraud()),
      undefined,
      app.runtime.deps,
      undefined,
      new Date('2026-09-28T02:00:00Z'),
    );
    expect(stored.receivedOn).toBe('2026-09-28');
    const res = await follow(stored.receiptCode, secret).expect(200);
    expect(res.body.receivedOn).toBe('2026-09-28');
    expect(res.body.answerDue).toEqual({
      date: '2026-10-23',
      workingDays: 15,
      estimated: false,
      source: {
        document: '000',
        clause: '七(一) 对接到的投诉举报，应逐一核查，并在15个工作日内核查完毕，及时向举报人反馈核查结果',
      },
    });
  });

  it('is null with a localised note where the local document sets none (Dengkou)', async () => {
    const zh = await report(fraud({ areaId: '150822201' })).expect(201);
    expect(zh.body.answerDue).toBeNull();
    expect(zh.body.answerDueNote).toBe('当地文件未规定投诉举报的答复时限，请向办理机关咨询办理进度。');
    const raw = await Report.collection.findOne({ receiptCode: zh.body.receiptCode });
    expect(raw!.answerDue).toBeNull();
    expect(raw!.outbox[0].payload.markdown).toContain('当地文件未规定投诉举报的答复时限');
    const en = await follow(zh.body.receiptCode, zh.body.secret, { lng: 'en' }).expect(200);
    expect(en.body.answerDueNote).toBe(
      'The local document sets no time limit for answering complaints and reports; ask the office handling it how it is progressing.',
    );
    expect(en.body.routing).toMatchObject({ level: 'township', office: '沙金套海苏木' });
  });
});

describe('bad input', () => {
  const fieldOf = (res: { body: { error: { fields: { path: string; message: string }[] } } }, path: string) =>
    res.body.error.fields.find((f) => f.path === path);

  it.each([
    ['zh-CN', '问题描述', '必须填写'],
    ['en', 'description', 'is required'],
  ])('a missing description (%s)', async (lng, label, message) => {
    // An undefined value is left out of the JSON sent.
    const res = await report(fraud({ description: undefined }), { lng }).expect(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(fieldOf(res, 'body.description')).toMatchObject({ field: label, message });
    expect(res.body.error.message).toContain(label);
  });

  it.each([
    ['zh-CN', '最多 2000 个字符'],
    ['en', 'must have at most 2000 characters'],
  ])('an overlong description (%s)', async (lng, message) => {
    const res = await report(fraud({ description: '很'.repeat(2001) }), { lng }).expect(400);
    expect(fieldOf(res, 'body.description')!.message).toContain(message);
  });

  it.each([
    ['zh-CN', '只能是以下之一'],
    ['en', 'must be one of: complaint / fraud / favouritism / misconduct / other'],
  ])('an unknown kind (%s)', async (lng, message) => {
    const res = await report(fraud({ kind: 'gossip' }), { lng }).expect(400);
    expect(fieldOf(res, 'body.kind')!.message).toContain(message);
  });

  it.each([
    ['zh-CN', '区划 999999 不存在'],
    ['en', 'Area 999999 does not exist.'],
  ])('an unknown area (%s)', async (lng, message) => {
    const res = await report(fraud({ areaId: '999999' }), { lng }).expect(400);
    expect(res.body.error.code).toBe('area_missing');
    expect(res.body.error.message).toContain(message);
  });

  it('a place that is not a village or township, a name on an anonymous report, a report without a place', async () => {
    const county = await report(fraud({ areaId: '340181' }), { lng: 'en' }).expect(400);
    expect(county.body.error.code).toBe('report_area_level');
    const named = await report(fraud({ reporter: { anonymous: true, phone: '13912345678' } }), {
      lng: 'en',
    }).expect(400);
    expect(fieldOf(named, 'body.reporter.anonymous')!.message).toBe(
      'an anonymous report carries no name or phone; choose a named report to leave them',
    );
    const nowhere = fraud({ areaId: undefined });
    const noPlace = await report(nowhere).expect(400);
    expect(fieldOf(noPlace, 'body.areaId')!.message).toBe('请填写所反映问题所在的村（社区）或乡镇（街道）');
    const noCase = await report({ ...nowhere, kind: 'complaint' }, { token: tokens.alice }).expect(400);
    expect(fieldOf(noCase, 'body.applicationId')!.message).toBe('投诉须指明所投诉的案件');
    expect(await Report.countDocuments({ areaId: '340181' })).toBe(0);
  });

  it('a place not served yet', async () => {
    await createArea({ id: '999001', name: '未接入县', level: 'county', kind: '县' });
    await createArea({
      id: '999001001',
      name: '未接入镇',
      level: 'township',
      kind: '镇',
      parentId: '999001',
    });
    const res = await report(fraud({ areaId: '999001001' }), { lng: 'en' }).expect(400);
    expect(res.body.error.code).toBe('report_area_without_policy');
    expect(res.body.error.message).toContain('Area 999001001 is not served here yet');
    expect(await Report.countDocuments({ areaId: '999001001' })).toBe(0);
  });

  it('requires an Idempotency-Key to create', async () => {
    const res = await post('/api/v1/reports', fraud()).expect(400);
    expect(res.body.error.code).toBe('idempotency_key_required');
  });
});
