import type { Response, Test } from 'supertest';
import { Application } from '../../server/applications/application-model';
import { Report } from '../../server/reports/report-model';
import { reaches, type RecordScope } from '../../server/identity/access';
import { Staff } from '../../server/identity/staff-model';
import { STAFF_ROLES, type Audience, type Principal } from '../../server/identity/principal';
import type { AnyRouteSpec } from '../../server/http/route';
import { addStaff, seedAreas, signIn } from '../support/fixtures';
import { residentToken, submittedCase } from '../support/cases';
import { pdf } from '../support/files';
import { startTestApp, type TestApp } from '../support/harness';
import { walkCase } from '../support/walk';
import { startWeChatServer } from '../support/wechat-server';

/**
 * Every operation of the contract × every kind of caller. What each caller should get is derived from the
 * route's own declaration — `access: 'public'`, its `allow` list, and for a route with a `scope` whether the
 * record it targets lies within the caller's reach (the one rule, `reaches`) — and then checked by a real request.
 * Allowed: the request is not refused for who is asking (no 401, 403 or a 404 from the record lookup; no 5xx).
 * Denied: 401 for nobody, 403 for the wrong audience or a record out of reach, and the record is unchanged.
 * A route without a row here fails the test, so a new route cannot skip the matrix.
 */
type Target = 'application' | 'report' | 'area' | 'staff' | 'county' | 'recipient' | 'discovery';

interface Actor {
  name: string;
  /** The principal as the access rule sees it; none for the anonymous caller and the report holder. */
  principal?: Principal;
  token?: string;
  /** A second session, for the row that signs out. */
  spare?: string;
}

interface Row {
  /** The record a scoped route is called on; it decides reach. */
  target?: Target;
  /**
   * The area named in the body must lie within a staff caller's reach (a worker applies only for residents of
   * their own village, drafts.ts); residents may apply in any area.
   */
  staffReachBodyArea?: Target;
  /** Run before each call, outside what is compared. */
  prepare?: () => Promise<void>;
  call: (as: Actor) => PromiseLike<Response>;
}

let app: TestApp;
let wechat: Awaited<ReturnType<typeof startWeChatServer>>;
const actors: Actor[] = [];
let applicationId: string;
let attachmentId: string;
let reportId: string;
let receipt: { receiptCode: string; secret: string };
let declarationVersion: string;
let workerId: string;
let evidenceId: string;
let freshAttachmentId: string;
let recipientId: string;
let discoveryId: string;

/**
 * Where the fixtures sit: the application, the report, the recipient and the discovery in 东风村 of 巴彦高勒镇,
 * Dengkou county; the county routes are called on the county itself.
 */
const AREA = '150822101';
const COUNTY = '150822';
const AREA_PATH = [COUNTY, '150822100', AREA];
const scopes: Record<Target, () => RecordScope> = {
  application: () => ({ areaPath: AREA_PATH, ownerResidentId: residentId('claimant') }),
  report: () => ({ areaPath: AREA_PATH }),
  area: () => ({ areaPath: AREA_PATH }),
  staff: () => ({ areaPath: AREA_PATH }),
  county: () => ({ areaPath: [COUNTY] }),
  recipient: () => ({ areaPath: AREA_PATH }),
  discovery: () => ({ areaPath: AREA_PATH }),
};
const residentId = (name: string) => {
  const p = actors.find((a) => a.name === name)?.principal;
  return p?.kind === 'resident' ? p.residentId : undefined;
};

async function resident(name: string): Promise<Actor> {
  const { body } = await app.http
    .post('/api/v1/auth/dev')
    .send({ openid: `matrix-${name}` })
    .expect(200);
  const me = await app.http.get('/api/v1/me').set('Authorization', `Bearer ${body.token}`).expect(200);
  const spare = (await app.http.post('/api/v1/auth/dev').send({ openid: `matrix-${name}` })).body.token;
  return {
    name,
    token: body.token,
    spare,
    principal: { kind: 'resident', residentId: me.body.id } as Principal,
  };
}

async function staff(name: string, role: (typeof STAFF_ROLES)[number], areaId: string): Promise<Actor> {
  await addStaff(app, `matrix.${name}`, role, areaId);
  const token = await signIn(app, `matrix.${name}`);
  const spare = await signIn(app, `matrix.${name}`);
  return { name, token, spare, principal: { kind: 'staff', role, areaId } as Principal };
}

beforeAll(async () => {
  wechat = await startWeChatServer({ appId: 'wx-matrix', secret: 'matrix-secret', codes: {} });
  app = await startTestApp({
    DEV_LOGIN: 'true',
    TRUST_PROXY: 'true',
    WECHAT_API_BASE: wechat.baseUrl,
    WECHAT_APPID: 'wx-matrix',
    WECHAT_SECRET: 'matrix-secret',
    SCREENING_RATE_LIMIT: '1000000',
    REPORT_RATE_LIMIT: '1000000',
    REPORT_FOLLOW_RATE_LIMIT: '1000000',
  });
  await seedAreas();
  actors.push({ name: 'anonymous' });
  actors.push(await resident('resident-a'), await resident('resident-b'), await resident('claimant'));
  actors.push(
    await staff('village-in', 'village_worker', AREA),
    await staff('village-out', 'village_worker', '150822201'),
    await staff('township-in', 'township_staff', '150822100'),
    await staff('township-out', 'township_staff', '150822200'),
    await staff('county', 'county_supervisor', '150822'),
    await staff('admin', 'admin', '150822'),
  );
  const worker = actors.find((a) => a.name === 'village-in')!;
  workerId = String((await Staff.findOne({ username: 'matrix.village-in' }).lean())!._id);
  const draft = await app.http
    .post('/api/v1/applications')
    .set('Authorization', `Bearer ${worker.token}`)
    .send({ areaId: AREA, programs: ['dibao'], onBehalf: { basis: 'elderly' } })
    .expect(201);
  applicationId = draft.body.id;
  await app.http
    .post('/api/v1/applications/claim')
    .set('Authorization', `Bearer ${actors.find((a) => a.name === 'claimant')!.token}`)
    .send({ code: draft.body.claimCode })
    .expect(200);
  attachmentId = (await upload(worker).expect(201)).body.attachment.id;
  const report = await app.http
    .post('/api/v1/reports')
    .set('Idempotency-Key', 'matrix-report')
    .send({
      kind: 'fraud',
      areaId: AREA,
      people: [{ name: '张某', position: '低保户' }],
      description: '张某家里开着两家商铺，还在领低保，请核查。',
      reporter: { anonymous: true },
    })
    .expect(201);
  reportId = (
    await app.http
      .get('/api/v1/reports')
      .set('Authorization', `Bearer ${actors.find((a) => a.name === 'township-in')!.token}`)
      .expect(200)
  ).body.items[0].id;
  receipt = { receiptCode: report.body.receiptCode, secret: report.body.secret };
  actors.push({ name: 'report-holder' });
  const texts = (await app.http.get('/api/v1/declarations').expect(200)).body.items;
  declarationVersion = texts.find((d: { kind: string }) => d.kind === 'honesty').textVersion;
  await app.http
    .post('/api/v1/reports/attachments')
    .set('Idempotency-Key', 'matrix-evidence')
    .field('receiptCode', receipt.receiptCode)
    .field('secret', receipt.secret)
    .attach('file', pdf('evidence'), { filename: 'e.pdf', contentType: 'application/pdf' })
    .expect(201);
  const township = actors.find((a) => a.name === 'township-in')!;
  evidenceId = (
    await app.http
      .get(`/api/v1/reports/${reportId}`)
      .set('Authorization', `Bearer ${township.token}`)
      .expect(200)
  ).body.attachments[0].id;
  // A recipient household: a case of a resident outside the matrix, approved by the township and enrolled.
  const household = await residentToken(app, 'matrix-recipient');
  const approved = await submittedCase(app, {
    token: household,
    areaId: AREA,
    programs: ['dibao'],
    submittedOn: '2026-10-09',
  });
  await walkCase(app, approved, { token: township.token!, from: '2026-10-12', amountsFen: { dibao: 41000 } });
  recipientId = (
    await app.http
      .post(`/api/v1/applications/${approved}/recipients`)
      .set('Authorization', `Bearer ${township.token}`)
      .send({ firstPaymentMonth: '2026-12' })
      .expect(201)
  ).body.recipients[0].id;
  discoveryId = (await discover(worker).expect(201)).body.id;
});
afterAll(async () => {
  await app.close();
  await wechat.close();
});

function send(method: 'get' | 'post' | 'put' | 'delete', path: string, as: Actor): Test {
  // Each request from an address of its own: rate limits, which come first, never decide here.
  const req = app.http[method](path).set('Accept-Language', 'en').set('X-Forwarded-For', nextAddress());
  return as.token ? req.set('Authorization', `Bearer ${as.token}`) : req;
}
let addresses = 0;
const nextAddress = () => `10.${(addresses += 1) >> 16}.${(addresses >> 8) & 255}.${addresses & 255}`;
const key = (() => {
  let n = 0;
  return () => `matrix-${(n += 1)}`;
})();
const upload = (as: Actor) =>
  send('post', `/api/v1/applications/${applicationId}/attachments`, as)
    .set('Idempotency-Key', key())
    .field('materialId', 'honesty_declaration')
    .attach('file', pdf('matrix'), { filename: 'm.pdf', contentType: 'application/pdf' });

const discover = (as: Actor) =>
  send('post', '/api/v1/discoveries', as)
    .set('Idempotency-Key', key())
    .send({
      areaId: AREA,
      household: { name: '李桂英', address: '东风村二组' },
      hardships: ['illness'],
      urgency: 'ordinary',
      description: '独居老人，患病在家，无人照料。',
    });
/** The shape of a chat credential, bound to no case. */
const UNKNOWN_CHAT_TOKEN = 'A'.repeat(43);

const rows: Record<string, Row> = {
  getHealth: { call: (as) => send('get', '/healthz', as) },
  getReadiness: { call: (as) => send('get', '/readyz', as) },
  signInWithWeChat: { call: (as) => send('post', '/api/v1/auth/wechat', as).send({ code: 'unknown-code' }) },
  signInForDevelopment: {
    call: (as) => send('post', '/api/v1/auth/dev', as).send({ openid: 'matrix-visitor' }),
  },
  signInStaff: {
    call: (as) =>
      send('post', '/api/v1/auth/staff', as).send({ username: 'matrix.nobody', password: 'wrong password' }),
  },
  // A wrong current password: refused by the handler, after access let the caller in.
  changeOwnPassword: {
    call: (as) =>
      send('post', '/api/v1/auth/password', as).send({
        currentPassword: 'not it',
        newPassword: 'a new long password 1',
      }),
  },
  getMe: { call: (as) => send('get', '/api/v1/me', as) },
  signOut: {
    // Signs out a session of its own, so that the caller's main session lives on.
    call: (as) => send('post', '/api/v1/auth/logout', { ...as, token: as.spare }),
  },
  // The village worker's account, in 东风村.
  getStaff: { target: 'staff', call: (as) => send('get', `/api/v1/staff/${workerId}`, as) },
  screenHousehold: { call: (as) => send('post', '/api/v1/screenings', as).send({}) },
  listJurisdictions: { call: (as) => send('get', '/api/v1/jurisdictions', as) },
  getJurisdictionPolicy: { call: (as) => send('get', '/api/v1/jurisdictions/dengkou/policy', as) },
  listCaseAudit: {
    target: 'application',
    call: (as) => send('get', `/api/v1/applications/${applicationId}/audit`, as),
  },
  getArea: { target: 'area', call: (as) => send('get', `/api/v1/areas/${AREA}`, as) },
  listAreaChildren: { target: 'area', call: (as) => send('get', `/api/v1/areas/${AREA}/children`, as) },
  createReport: {
    call: (as) =>
      send('post', '/api/v1/reports', as)
        .set('Idempotency-Key', key())
        .send({
          kind: 'other',
          areaId: AREA,
          description: '村里的公示栏没有贴低保名单。',
          reporter: { anonymous: true },
        }),
  },
  followReport: { call: (as) => send('post', '/api/v1/reports/follow', as).send(receipt) },
  addReportEvidence: {
    call: (as) =>
      send('post', '/api/v1/reports/attachments', as)
        .set('Idempotency-Key', key())
        .field('receiptCode', receipt.receiptCode)
        .field('secret', receipt.secret)
        .attach('file', pdf('evidence'), { filename: 'e.pdf', contentType: 'application/pdf' }),
  },
  getReportEvidence: {
    target: 'report',
    call: (as) => send('get', `/api/v1/reports/${reportId}/attachments/${evidenceId}`, as),
  },
  listReports: { call: (as) => send('get', '/api/v1/reports', as) },
  getReport: { target: 'report', call: (as) => send('get', `/api/v1/reports/${reportId}`, as) },
  recordMediaDisclosure: {
    target: 'report',
    call: (as) => send('post', `/api/v1/reports/${reportId}/media-disclosure`, as).send({}),
  },
  answerReport: {
    target: 'report',
    call: (as) =>
      send('post', `/api/v1/reports/${reportId}/answer`, as).send({
        outcome: 'unsubstantiated',
        handling: '入户核查，商铺登记在他人名下。',
        answer: '经核查，反映情况不属实。',
      }),
  },
  listDeclarations: { call: (as) => send('get', '/api/v1/declarations', as) },
  createApplication: {
    staffReachBodyArea: 'area',
    call: (as) =>
      send('post', '/api/v1/applications', as).send({
        areaId: AREA,
        programs: ['dibao'],
        ...(as.principal?.kind === 'staff' ? { onBehalf: { basis: 'elderly' } } : {}),
      }),
  },
  listMyApplications: { call: (as) => send('get', '/api/v1/applications', as) },
  claimApplication: {
    call: (as) => send('post', '/api/v1/applications/claim', as).send({ code: 'ABCD-EFGH' }),
  },
  getApplication: {
    target: 'application',
    call: (as) => send('get', `/api/v1/applications/${applicationId}`, as),
  },
  saveHousehold: {
    target: 'application',
    call: (as) =>
      send('put', `/api/v1/applications/${applicationId}/household`, as).send({
        revision: 0,
        members: [{ name: '王秀兰', facts: { relation: 'self', age: 70, workCapacity: 'unable' } }],
        household: { residenceArea: 'rural', legalSupporters: [] },
      }),
  },
  signDeclaration: {
    target: 'application',
    call: (as) =>
      send('post', `/api/v1/applications/${applicationId}/declarations`, as).send({
        revision: 0,
        kind: 'honesty',
        textVersion: declarationVersion,
        agree: true,
      }),
  },
  submitApplication: {
    target: 'application',
    call: (as) =>
      send('post', `/api/v1/applications/${applicationId}/submit`, as)
        .set('Idempotency-Key', key())
        .send({ revision: 0 }),
  },
  getTimeline: {
    target: 'application',
    call: (as) => send('get', `/api/v1/applications/${applicationId}/timeline`, as),
  },
  listCases: { call: (as) => send('get', '/api/v1/cases', as) },
  issueNotice: {
    target: 'application',
    call: (as) => send('post', `/api/v1/applications/${applicationId}/notice`, as).send({ materials: [] }),
  },
  recordStage: {
    target: 'application',
    call: (as) => send('post', `/api/v1/applications/${applicationId}/stages`, as).send({ stage: 'accept' }),
  },
  uploadAttachment: { target: 'application', call: (as) => upload(as) },
  getAttachment: {
    target: 'application',
    call: (as) => send('get', `/api/v1/applications/${applicationId}/attachments/${attachmentId}`, as),
  },
  deleteAttachment: {
    target: 'application',
    // A file of its own to remove, uploaded by the worker beforehand; the refused callers leave it there.
    prepare: async () => {
      const worker = actors.find((a) => a.name === 'village-in')!;
      freshAttachmentId = (await upload(worker).expect(201)).body.attachment.id;
    },
    call: (as) =>
      send('delete', `/api/v1/applications/${applicationId}/attachments/${freshAttachmentId}`, as),
  },
  createHandoff: {
    call: (as) =>
      send('post', '/api/v1/handoffs', as).send({
        screening: {
          jurisdiction: 'dengkou',
          household: { members: [{ relation: 'self', age: 70 }], residenceArea: 'rural' },
        },
      }),
  },
  takeHandoff: { call: (as) => send('get', '/api/v1/handoffs/ABCDEFGH', as) },
  // The draft has no case number yet: the claimant, let in, is answered case_not_submitted.
  createChatCode: {
    target: 'application',
    call: (as) => send('post', `/api/v1/applications/${applicationId}/chat-code`, as),
  },
  bindChat: {
    call: (as) =>
      send('post', '/api/v1/chat/bindings', as).send({
        caseNumber: 'DK-2026-0001',
        code: 'ABCDEFGH',
        chat: 'matrix-room',
      }),
  },
  getChatTimeline: {
    call: (as) => send('post', '/api/v1/chat/timeline', as).send({ token: UNKNOWN_CHAT_TOKEN }),
  },
  unbindChat: { call: (as) => send('post', '/api/v1/chat/unbind', as).send({ token: UNKNOWN_CHAT_TOKEN }) },
  listCountyParameters: {
    target: 'county',
    call: (as) => send('get', `/api/v1/areas/${COUNTY}/parameters`, as),
  },
  // A share above 1: refused by the handler's check of the figure, so nothing is entered.
  enterCountyParameter: {
    target: 'county',
    call: (as) =>
      send('post', `/api/v1/areas/${COUNTY}/parameters`, as).send({
        parameter: 'samplingRate',
        value: 1.2,
        effectiveFrom: '2027-01-01',
        document: '磴民发〔2026〕1号',
        clause: '第三条',
      }),
  },
  getPublicNotice: { call: (as) => send('get', `/api/v1/areas/${AREA}/notices`, as) },
  // The draft is not approved: the township, let in, is answered recipient_needs_approval.
  enrolRecipients: {
    target: 'application',
    call: (as) =>
      send('post', `/api/v1/applications/${applicationId}/recipients`, as).send({
        firstPaymentMonth: '2026-12',
      }),
  },
  listRecipients: { call: (as) => send('get', '/api/v1/recipients', as) },
  listPaymentLists: { call: (as) => send('get', '/api/v1/payment-lists', as) },
  getRecipient: { target: 'recipient', call: (as) => send('get', `/api/v1/recipients/${recipientId}`, as) },
  // An "increase" to one fen: refused by the handler, so the amount stays.
  changeRecipient: {
    target: 'recipient',
    call: (as) =>
      send('post', `/api/v1/recipients/${recipientId}/changes`, as).send({
        kind: 'increase',
        amountFen: 1,
        fromMonth: '2027-01',
        reasons: '家庭收入减少。',
      }),
  },
  reviewRecipient: {
    target: 'recipient',
    call: (as) =>
      send('post', `/api/v1/recipients/${recipientId}/reviews`, as).send({ note: '入户复核，情况未变。' }),
  },
  drawSampling: {
    target: 'county',
    call: (as) =>
      send('post', `/api/v1/areas/${COUNTY}/samplings`, as).send({ from: '2026-10-01', to: '2026-10-31' }),
  },
  listSamplings: { target: 'county', call: (as) => send('get', `/api/v1/areas/${COUNTY}/samplings`, as) },
  getCountyStatistics: {
    target: 'county',
    call: (as) => send('get', `/api/v1/areas/${COUNTY}/statistics?from=2026-10-01&to=2026-10-31`, as),
  },
  getCountyStatisticsChart: {
    target: 'county',
    call: (as) => send('get', `/api/v1/areas/${COUNTY}/statistics/chart?from=2026-10-01&to=2026-10-31`, as),
  },
  exportRecipients: { call: (as) => send('get', '/api/v1/exports/recipients?month=2026-12', as) },
  getIntakePacket: {
    target: 'application',
    call: (as) => send('get', `/api/v1/applications/${applicationId}/packet`, as),
  },
  // The village named in the body decides reach (the route's scope is the body's area).
  reportDiscovery: { target: 'area', call: (as) => discover(as) },
  listDiscoveries: { call: (as) => send('get', '/api/v1/discoveries', as) },
  getDiscovery: { target: 'discovery', call: (as) => send('get', `/api/v1/discoveries/${discoveryId}`, as) },
  // A visit keeps the report open for the next caller.
  recordDiscoveryFollowUp: {
    target: 'discovery',
    call: (as) =>
      send('post', `/api/v1/discoveries/${discoveryId}/follow-ups`, as).send({
        outcome: 'visited',
        note: '再次入户，已联系村医。',
      }),
  },
  listPlaces: { call: (as) => send('get', '/api/v1/places', as) },
  findPlaces: { call: (as) => send('get', `/api/v1/places/search?name=${encodeURIComponent('东风')}`, as) },
  getClientSettings: { call: (as) => send('get', '/api/v1/client-settings', as) },
};

const audienceOf = (p: Principal): Audience => (p.kind === 'resident' ? 'resident' : p.role);

/** What the declaration says this caller gets: allowed, or denied with the status. */
function expected(spec: AnyRouteSpec, row: Row, as: Actor): 'allow' | 401 | 403 {
  if (spec.access === 'public') return 'allow';
  if (!as.principal) return 401;
  if (!(spec.access.allow as readonly Audience[]).includes(audienceOf(as.principal))) return 403;
  if (spec.access.scope) {
    if (!row.target) throw new Error(`${spec.operationId} has a scope: its row must name its target`);
    return reaches(as.principal, scopes[row.target]()) ? 'allow' : 403;
  }
  if (row.staffReachBodyArea && as.principal.kind === 'staff')
    return reaches(as.principal, scopes[row.staffReachBodyArea]()) ? 'allow' : 403;
  return 'allow';
}

/** The case and the report as stored (their files included), to see that a refused request left them alone. */
async function records(): Promise<string> {
  const [application, report] = await Promise.all([
    Application.findById(applicationId).lean(),
    Report.findById(reportId).lean(),
  ]);
  return JSON.stringify([application, report]);
}

const ACCESS_REFUSALS = ['unauthenticated', 'forbidden', 'outside_jurisdiction', 'not_your_application'];

describe('the authorization matrix', () => {
  it('has a row for every operation of the contract', () => {
    const missing = app.routes.specs.map((s) => s.operationId).filter((id) => !rows[id]);
    expect(missing).toEqual([]);
    const stale = Object.keys(rows).filter((id) => !app.routes.specs.some((s) => s.operationId === id));
    expect(stale).toEqual([]);
  });

  it('allows and denies every caller as each route declares', async () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (const spec of app.routes.specs) {
      const row = rows[spec.operationId]!;
      for (const as of actors) {
        const want = expected(spec, row, as);
        await row.prepare?.();
        const before = await records();
        const res = await row.call(as);
        if (want !== 'allow' && (await records()) !== before)
          mismatches.push(`${spec.operationId} as ${as.name}: refused, yet the case or the report changed`);
        const code: string | undefined = res.body?.error?.code;
        const refused = (res.status === 401 || res.status === 403) && ACCESS_REFUSALS.includes(code ?? '');
        const ok =
          want === 'allow'
            ? !refused && res.status < 500 && !(row.target && res.status === 404 && code === 'not_found')
            : res.status === want && refused;
        checked += 1;
        if (!ok)
          mismatches.push(
            `${spec.operationId} as ${as.name}: expected ${want}, got ${res.status} ${code ?? ''} ${res.body?.error?.message ?? ''}`,
          );
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBe(app.routes.specs.length * actors.length);
    // Every route by every caller, one after another: some 16 s alone, twice that beside the other suites.
  }, 120_000);
});
