import { Application } from '../../server/applications/application-model';
import { checkCharacter } from '../../server/applications/id-number';
import { auditTrailOf } from '../../server/audit/audit-log';
import { addWorkingDays } from '../../server/calendar/working-days';
import { chinaToday } from '../../server/calendar/china-date';
import { declarationSigner, type Sign } from '../support/declarations';
import { startTestApp, type TestApp } from '../support/harness';
import { addStaff, seedAreas, seedChaohu, signIn } from '../support/fixtures';
import { residentToken } from '../support/cases';

let app: TestApp;
let alice: string;
let worker: string;
let township: string;
let otherTownship: string;

const idFor = (birth: string, seq = '123') => {
  const first17 = `150822${birth}${seq}`;
  return first17 + checkCharacter(first17);
};
const as = (token: string) => ({ Authorization: `Bearer ${token}` });
const key = () => `key-${Math.random().toString(36).slice(2, 12)}`;

beforeAll(async () => {
  app = await startTestApp({ DEV_LOGIN: 'true' });
  await seedAreas();
  await seedChaohu();
  await addStaff(app, 'hatan.worker', 'village_worker', '150822201');
  await addStaff(app, 'sumu.staff', 'township_staff', '150822200');
  await addStaff(app, 'bayan.staff', 'township_staff', '150822100');
  alice = await residentToken(app, 'resident-alice');
  worker = await signIn(app, 'hatan.worker');
  township = await signIn(app, 'sumu.staff');
  otherTownship = await signIn(app, 'bayan.staff');
});
afterAll(() => app.close());

const household = (revision: number, extra: Record<string, unknown> = {}) => ({
  revision,
  phone: '13912345678',
  members: [
    { name: '巴特尔', idNumber: idFor('19500312'), facts: { relation: 'self', workCapacity: 'unable' } },
    { name: '其其格', facts: { relation: 'spouse', age: 70 } },
  ],
  household: { residenceArea: 'rural', ...extra },
});

let sign: Sign;
beforeAll(async () => {
  sign = await declarationSigner(app);
});

describe('declarations, the one-time notice, submission and stages', () => {
  let id: string;
  let revision: number;

  it('records signed declarations with the text version, who signed and the channel', async () => {
    id = (
      await app.http
        .post('/api/v1/applications')
        .set(as(alice))
        .send({ areaId: '150822201', programs: ['dibao'] })
    ).body.id;
    const saved = await app.http
      .put(`/api/v1/applications/${id}/household`)
      .set(as(alice))
      .send(household(0))
      .expect(200);
    const res = await sign(id, alice, 'privacy_consent', saved.body.revision)
      .set('X-Channel', 'miniprogram')
      .expect(200);
    expect(res.body.declarations).toEqual([
      expect.objectContaining({ kind: 'privacy_consent', signedBy: 'resident' }),
    ]);
    const raw = await Application.findById(id).lean();
    expect(raw!.declarations[0]).toMatchObject({
      channel: 'miniprogram',
      textVersion: expect.stringMatching(/^[a-f0-9]{16}$/),
    });
    revision = res.body.revision;

    // A stale text version, a relatives declaration without its answer, and no agreement are refused.
    const stale = await app.http
      .post(`/api/v1/applications/${id}/declarations`)
      .set(as(alice))
      .send({ revision, kind: 'honesty', textVersion: '0000000000000000', agree: true })
      .expect(409);
    expect(stale.body.error.code).toBe('declaration_text_changed');
    const noAnswer = await sign(id, alice, 'relatives_of_staff', revision)
      .set('Accept-Language', 'en')
      .expect(400);
    expect(noAnswer.body.error.message).toContain('needs an answer');
    await app.http
      .post(`/api/v1/applications/${id}/declarations`)
      .set(as(alice))
      .send({ revision, kind: 'honesty', textVersion: '0000000000000000', agree: false })
      .expect(400);
  });

  it('gives ONE notice listing every missing item on an incomplete submission, and never a second', async () => {
    const res = await app.http
      .post(`/api/v1/applications/${id}/submit`)
      .set(as(alice))
      .set('Idempotency-Key', key())
      .set('X-Channel', 'bot')
      .send({ revision })
      .expect(200);
    expect(res.body.outcome).toBe('notice_issued');
    const notice = res.body.application.notice;
    expect(notice).toMatchObject({ issuedOn: chinaToday(), trigger: 'submission', channel: 'bot' });
    const codes = notice.items.map((i: { code: string }) => i.code).sort();
    expect(codes).toEqual([
      'declaration_relatives_of_staff',
      'honesty_declaration',
      'idNumber',
      'verification_authorization',
    ]);
    const honesty = notice.items.find((i: { code: string }) => i.code === 'honesty_declaration');
    expect(honesty.reason).toContain('真实');
    expect(honesty.sourceText).toContain('003');
    expect(res.body.application.status).toBe('draft');
    revision = res.body.application.revision;

    // The applicant was told: a subscribe message waits in the outbox.
    const raw = await Application.findById(id).lean();
    expect(raw!.outbox.map((m) => m.kind)).toEqual(['subscribe']);

    const again = await app.http
      .post(`/api/v1/applications/${id}/submit`)
      .set(as(alice))
      .set('Idempotency-Key', key())
      .send({ revision })
      .expect(200);
    expect(again.body.outcome).toBe('incomplete');
    expect(again.body.application.notice.items).toHaveLength(4);

    const staffAsk = await app.http
      .post(`/api/v1/applications/${id}/notice`)
      .set(as(township))
      .send({})
      .expect(409);
    expect(staffAsk.body.error.code).toBe('notice_already_issued');
  });

  it('adds an item only when the applicant’s own facts change, and records which facts', async () => {
    const res = await sign(id, alice, 'relatives_of_staff', revision, {
      related: true,
      details: '堂兄 乌力吉 苏木民政助理',
    }).expect(200);
    // Dengkou lists no relatives form, so nothing new is required; the answer changed a fact all the same.
    expect(res.body.notice.additions).toEqual([]);
    revision = res.body.revision;
    const trail = await auditTrailOf({ type: 'application', id });
    expect(trail.map((e) => e.action)).toEqual(expect.arrayContaining(['sign', 'notice']));
  });

  it('submits a complete application: case number, hashed snapshot, 申请 recorded, forward and message queued', async () => {
    let r = (await sign(id, alice, 'honesty', revision).expect(200)).body.revision;
    r = (await sign(id, alice, 'verification_authorization', r).expect(200)).body.revision;
    const full = household(r);
    (full.members[1] as Record<string, unknown>).idNumber = idFor('19560101', '224');
    r = (await app.http.put(`/api/v1/applications/${id}/household`).set(as(alice)).send(full).expect(200))
      .body.revision;

    const idem = key();
    const res = await app.http
      .post(`/api/v1/applications/${id}/submit`)
      .set(as(alice))
      .set('Idempotency-Key', idem)
      .send({ revision: r })
      .expect(200);
    expect(res.body.outcome).toBe('submitted');
    expect(res.body.application.caseNumber).toMatch(
      new RegExp(`^150822-${chinaToday().slice(0, 4)}-\\d{6}$`),
    );
    const replay = await app.http
      .post(`/api/v1/applications/${id}/submit`)
      .set(as(alice))
      .set('Idempotency-Key', idem)
      .send({ revision: r })
      .expect(200);
    expect(replay.headers['idempotent-replayed']).toBe('true');

    const raw = await Application.findById(id).lean();
    expect(raw!.status).toBe('submitted');
    expect(raw!.snapshots).toHaveLength(1);
    expect(raw!.snapshots[0]!.sha256).toMatch(/^[a-f0-9]{64}$/);
    expect(raw!.townshipId).toBe('150822200');
    expect(raw!.stages.map((s) => s.stage)).toEqual(['apply']);
    const forward = raw!.outbox.find((m) => m.kind === 'forward');
    expect(forward!.payload).toMatchObject({ areaId: '150822200' });
    expect(forward!.payload.markdown).toContain(raw!.caseNumber);
    expect(forward!.payload.markdown).not.toContain('巴特尔');

    // Frozen: the household can no longer be changed.
    await app.http
      .put(`/api/v1/applications/${id}/household`)
      .set(as(alice))
      .send(household(raw!.revision))
      .expect(409);
  });

  it('lets township staff record 受理 in order, and the applicant sees it with its deadline', async () => {
    const inbox = await app.http.get('/api/v1/cases').set(as(township)).expect(200);
    expect(inbox.body.items.map((c: { id: string }) => c.id)).toContain(id);
    const elsewhere = await app.http.get('/api/v1/cases').set(as(otherTownship)).expect(200);
    expect(elsewhere.body.items).toEqual([]);
    await app.http
      .post(`/api/v1/applications/${id}/stages`)
      .set(as(otherTownship))
      .send({ stage: 'accept', outcome: 'accepted' })
      .expect(403);

    const early = await app.http
      .post(`/api/v1/applications/${id}/stages`)
      .set(as(township))
      .send({ stage: 'approval', outcome: 'approved' })
      .expect(409);
    expect(early.body.error.code).toBe('stage_out_of_order');
    expect(early.body.error.message).toContain('受理');
    await app.http
      .post(`/api/v1/applications/${id}/stages`)
      .set(as(township))
      .send({ stage: 'accept' })
      .expect(400);
    await app.http
      .post(`/api/v1/applications/${id}/stages`)
      .set(as(worker))
      .send({ stage: 'accept', outcome: 'accepted' })
      .expect(403);

    const today = chinaToday();
    await app.http
      .post(`/api/v1/applications/${id}/stages`)
      .set(as(township))
      .send({ stage: 'accept', outcome: 'accepted' })
      .expect(200);
    const timeline = await app.http.get(`/api/v1/applications/${id}/timeline`).set(as(alice)).expect(200);
    expect(timeline.body.status).toBe('in_progress');
    expect(timeline.body.stages.slice(0, 2)).toEqual([
      expect.objectContaining({ id: 'apply', state: 'done', on: today }),
      expect.objectContaining({ id: 'accept', state: 'done', on: today, outcome: '已受理' }),
    ]);
    // Dengkou: 20 working days from acceptance, 30 when extended (seed 003 五(一)2), on the holiday calendar.
    expect(timeline.body.decisionDue).toMatchObject({
      workingDays: 20,
      due: addWorkingDays(today, 20).date,
      extendedDue: addWorkingDays(today, 30).date,
    });
    expect(timeline.body.current.id).toBe('declarations');
    // The inbox reads the deadline kept on the case: the same as the timeline's, without computing one per row.
    const row = (await app.http.get('/api/v1/cases?size=10').set(as(township)).expect(200)).body;
    expect(row).toMatchObject({ total: 1, page: 1, size: 10 });
    expect(row.items[0]).toMatchObject({
      id,
      currentStage: timeline.body.current.name,
      currentDue: timeline.body.current.due,
      overdue: false,
    });
    const raw = await Application.findById(id).lean();
    expect(raw!.acceptedOn).toBe(today);
    expect(raw!.outbox.filter((m) => m.kind === 'subscribe')).toHaveLength(3);
  });

  it('records a refusal with its reasons and then only the refusal notice', async () => {
    const post = (body: object) =>
      app.http.post(`/api/v1/applications/${id}/stages`).set(as(township)).send(body);
    for (const stage of ['declarations', 'verification', 'investigation', 'income_accounting', 'publication'])
      await post({ stage }).expect(200);
    const noReasons = await post({ stage: 'approval', outcome: 'refused' }).expect(400);
    expect(noReasons.body.error.message).toContain('理由');
    const refused = await post({
      stage: 'approval',
      outcome: 'refused',
      reasons: '家庭人均收入高于当地低保标准',
    }).expect(200);
    expect(refused.body.decision).toMatchObject({
      outcome: 'refused',
      reasons: '家庭人均收入高于当地低保标准',
    });
    expect(refused.body.status).toBe('closed');
    await post({ stage: 'payment' }).expect(409);
  });

  it('lists the case’s audit trail, paged, to staff who reach the case and to nobody else', async () => {
    const first = await app.http.get(`/api/v1/applications/${id}/audit?size=5`).set(as(township)).expect(200);
    expect(first.body.items).toHaveLength(5);
    expect(first.body.total).toBeGreaterThan(15);
    expect(first.body.items[0]).toMatchObject({ action: 'create', actor: { kind: 'resident' } });
    const last = Math.ceil(first.body.total / 5);
    const end = await app.http
      .get(`/api/v1/applications/${id}/audit?size=5&page=${last}`)
      .set(as(township))
      .expect(200);
    // The first listing was audited too: one entry more.
    expect(end.body.total).toBe(first.body.total + 1);
    expect(end.body.items.length).toBe(Math.min(5, end.body.total - (last - 1) * 5));
    expect(end.body.items.map((e: { action: string }) => e.action)).toContain('stage');

    // Reading the trail is itself a read of the case, audited.
    const again = await app.http.get(`/api/v1/applications/${id}/audit`).set(as(township)).expect(200);
    expect(again.body.total).toBe(first.body.total + 2);
    await app.http.get(`/api/v1/applications/${id}/audit`).set(as(otherTownship)).expect(403);
    await app.http.get(`/api/v1/applications/${id}/audit`).set(as(alice)).expect(403);
  });
});

describe('the notice after a change of facts (Chaohu)', () => {
  /** Alice's draft in 汪桥村 with the household only, submitted once: the notice lists what is missing. */
  async function noticedDraft() {
    const created = await app.http
      .post('/api/v1/applications')
      .set(as(alice))
      .send({ areaId: '340181101', programs: ['dibao'] })
      .expect(201);
    const id: string = created.body.id;
    const saved = await app.http
      .put(`/api/v1/applications/${id}/household`)
      .set(as(alice))
      .send(household(0))
      .expect(200);
    const noticed = await app.http
      .post(`/api/v1/applications/${id}/submit`)
      .set(as(alice))
      .set('Idempotency-Key', key())
      .send({ revision: saved.body.revision })
      .expect(200);
    return { id, noticed };
  }

  it('adds land rights once the household says it holds contracted land, recording the fact that changed', async () => {
    const { id, noticed } = await noticedDraft();
    const codes = noticed.body.application.notice.items.map((i: { code: string }) => i.code);
    expect(codes).toEqual(
      expect.arrayContaining(['application_form', 'identity_card', 'household_register']),
    );
    expect(codes).not.toContain('land_rights');
    const r = noticed.body.application.revision;

    const changed = await app.http
      .put(`/api/v1/applications/${id}/household`)
      .set(as(alice))
      .send(household(r, { hasContractedLand: true }))
      .expect(200);
    expect(changed.body.notice.additions).toEqual([
      expect.objectContaining({
        changedFacts: ['household.hasContractedLand'],
        items: [expect.objectContaining({ code: 'land_rights' })],
      }),
    ]);
    expect(changed.body.missing.materials.required.map((m: { id: string }) => m.id)).toContain('land_rights');
  });

  it('never requires an item the notice did not list while the facts stay the same', async () => {
    const { id } = await noticedDraft();
    // As if the pack had grown a requirement after the notice: the telephone bills were not on it.
    const before = await Application.findById(id).lean();
    const items = before!.notice!.items.filter((i) => i.code !== 'communication_bills');
    expect(items.length).toBe(before!.notice!.items.length - 1);
    await Application.updateOne({ _id: id }, { $set: { 'notice.items': items } });
    const res = await app.http.get(`/api/v1/applications/${id}`).set(as(alice)).expect(200);
    expect(res.body.missing.materials.required.map((m: { id: string }) => m.id)).not.toContain(
      'communication_bills',
    );
    expect(res.body.missing.notRequired).toEqual([expect.objectContaining({ code: 'communication_bills' })]);
  });
});

describe('applying on behalf (代为申请)', () => {
  it('needs a basis from the worker, refuses one from a resident, and lets the resident follow with the code', async () => {
    const noBasis = await app.http
      .post('/api/v1/applications')
      .set(as(worker))
      .send({ areaId: '150822201', programs: ['tekun'] })
      .expect(400);
    expect(noBasis.body.error.code).toBe('on_behalf_basis_required');
    await app.http
      .post('/api/v1/applications')
      .set(as(alice))
      .send({ areaId: '150822201', programs: ['dibao'], onBehalf: { basis: 'elderly' } })
      .expect(400);
    await app.http
      .post('/api/v1/applications')
      .set(as(worker))
      .send({ areaId: '150822101', programs: ['tekun'], onBehalf: { basis: 'elderly' } })
      .expect(403);

    const created = await app.http
      .post('/api/v1/applications')
      .set(as(worker))
      .send({ areaId: '150822201', programs: ['tekun'], onBehalf: { basis: 'no_civil_capacity' } })
      .expect(201);
    expect(created.body.onBehalf).toEqual({ basis: 'no_civil_capacity' });
    expect(created.body.claimCode).toMatch(/^[2-9A-HJKMNP-Z]{10}$/);
    const saved = await app.http
      .put(`/api/v1/applications/${created.body.id}/household`)
      .set(as(worker))
      .send(household(0))
      .expect(200);
    // The authorisation to apply on someone's behalf is required of every place (national rule).
    const required = saved.body.missing.materials.required.map((m: { id: string }) => m.id);
    expect(required).toContain('on_behalf_authorization');

    const bob = await residentToken(app, 'resident-bob');
    await app.http.get(`/api/v1/applications/${created.body.id}`).set(as(bob)).expect(403);
    const wrong = await app.http
      .post('/api/v1/applications/claim')
      .set(as(bob))
      .send({ code: 'ABCDEFGHJK' })
      .expect(404);
    expect(wrong.body.error.code).toBe('claim_code_invalid');
    const code = created.body.claimCode.toLowerCase().replace(/(.{5})/, '$1-');
    await app.http.post('/api/v1/applications/claim').set(as(bob)).send({ code }).expect(200);
    await app.http.get(`/api/v1/applications/${created.body.id}`).set(as(bob)).expect(200);
    await app.http.get(`/api/v1/applications/${created.body.id}`).set(as(worker)).expect(200);
    // Once only.
    const alice2 = await app.http
      .post('/api/v1/applications/claim')
      .set(as(alice))
      .send({ code })
      .expect(404);
    expect(alice2.body.error.code).toBe('claim_code_invalid');
    const stored = JSON.stringify(await Application.findById(created.body.id).lean());
    expect(stored).not.toContain(created.body.claimCode);
  });
});

describe('staff naming materials in the notice', () => {
  it('refuses a name the pack does not have, an inherited name included, and one the government looks up itself', async () => {
    const draft = await app.http
      .post('/api/v1/applications')
      .set(as(alice))
      .send({ areaId: '150822201', programs: ['dibao'] })
      .expect(201);
    const id: string = draft.body.id;
    await app.http.put(`/api/v1/applications/${id}/household`).set(as(alice)).send(household(0)).expect(200);
    for (const name of ['constructor', 'no_such_paper', 'identity_card']) {
      const res = await app.http
        .post(`/api/v1/applications/${id}/notice`)
        .set(as(township))
        .set('Accept-Language', 'en')
        .send({ materials: [name] })
        .expect(400);
      expect(res.body.error.code).toBe('material_unknown');
    }
    expect((await Application.findById(id).lean())!.notice).toBeNull();
  });
});
