import { Application } from '../../server/applications/application-model';
import { auditTrailOf } from '../../server/audit/audit-log';
import { idNumberFor, residentToken, submittedCase } from '../support/cases';
import { addStaff, PASSWORD, seedChaohu, seedYichun } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/harness';
import { consoleSignIn, csrfOf, type Browser } from './support';

/**
 * A case in the console: what the township decides on (masked ID numbers, revealed with a reason, audited), the
 * materials through an audited route, and every stage of the pack's procedure recorded through its form — each
 * refusal of the stage service shown beside its field — with the applicant seeing each change at once.
 */

let app: TestApp;
let resident: string;
let chaohu: Browser;
let chaohuCsrf: string;
let yichun: Browser;
let yichunCsrf: string;
let chaohuStaffId: string;

beforeAll(async () => {
  app = await startTestApp({ DEV_LOGIN: 'true' });
  await seedChaohu();
  await seedYichun();
  chaohuStaffId = String((await addStaff(app, 'zhegao.staff', 'township_staff', '340181100'))._id);
  await addStaff(app, 'xuri.staff', 'township_staff', '230717001');
  chaohu = await consoleSignIn(app, 'zhegao.staff');
  chaohuCsrf = csrfOf((await chaohu.get('/console').expect(200)).text);
  yichun = await consoleSignIn(app, 'xuri.staff');
  yichunCsrf = csrfOf((await yichun.get('/console').expect(200)).text);
  resident = await residentToken(app, 'resident-console');
});
afterAll(() => app.close());

const timeline = async (id: string) =>
  (
    await app.http
      .get(`/api/v1/applications/${id}/timeline`)
      .set('Authorization', `Bearer ${resident}`)
      .expect(200)
  ).body as {
    stages: { id: string; state: string; on: string | null }[];
    decision: Record<string, unknown> | null;
  };

/** Posts a stage form as the browser would. */
const post = (browser: Browser, csrf: string, id: string, fields: Record<string, string | string[]>) =>
  browser
    .post(`/console/cases/${id}/stages`)
    .type('form')
    .send({ _csrf: csrf, ...fields });

describe('a case page', () => {
  let id: string;

  beforeAll(async () => {
    id = await submittedCase(app, {
      token: resident,
      areaId: '340181101',
      programs: ['dibao'],
      submittedOn: '2026-09-25',
    });
  });

  it('shows the household with ID numbers and phone masked, the declarations, materials and the timeline', async () => {
    const page = await chaohu.get(`/console/cases/${id}`).expect(200);
    const full = idNumberFor('340181101', '19520310');
    expect(page.text).toContain('王秀兰');
    expect(page.text).not.toContain(full);
    expect(page.text).toContain(`${full.slice(0, 6)}********${full.slice(-4)}`);
    expect(page.text).not.toContain('13912345678');
    expect(page.text).toContain('*******5678');
    expect(page.text).toContain('家庭经济状况核对授权书');
    expect(page.text).toContain('办理进度');
    expect(page.text).toContain('操作记录');
    const trail = await auditTrailOf({ type: 'application', id });
    expect(trail.some((e) => e.action === 'read' && e.channel === 'console')).toBe(true);
    // The page's own trail names who did what.
    expect((await chaohu.get(`/console/cases/${id}`).expect(200)).text).toContain(
      '<td>zhegao.staff（乡镇（街道）经办人员）</td>',
    );
  });

  it('reveals an ID number only with a reason, answering htmx with the value and auditing the reason', async () => {
    // Without a reason: the case page again, the error beside that field's reason and nowhere else.
    const refused = await chaohu
      .post(`/console/cases/${id}/reveal`)
      .type('form')
      .send({ _csrf: chaohuCsrf, field: 'members.0.idNumber' })
      .expect(400);
    expect(refused.text).toContain('<h2 id="household-title">');
    expect(refused.text).toMatch(
      /<input id="f-reveal-members-0-idNumber.reason" name="reason" aria-invalid="true" aria-describedby="e-reveal-members-0-idNumber.reason"/,
    );
    expect(refused.text).toMatch(/<p class="field-error" id="e-reveal-members-0-idNumber.reason">[^<]+<\/p>/);
    expect(refused.text.match(/class="field-error"/g)).toHaveLength(1);
    // Through htmx, a reason too short once trimmed: the form alone comes back, in place of itself, reason kept.
    const short = await chaohu
      .post(`/console/cases/${id}/reveal`)
      .set('HX-Request', 'true')
      .type('form')
      .send({ _csrf: chaohuCsrf, field: 'members.0.idNumber', reason: '  核 ' })
      .expect(400);
    expect(short.headers['hx-retarget']).toBe('#reveal-members-0-idNumber-form');
    expect(short.text.startsWith('<form id="reveal-members-0-idNumber-form"')).toBe(true);
    expect(short.text).toContain('value="  核 "');
    expect(short.text).toContain('id="e-reveal-members-0-idNumber.reason"');
    expect((await auditTrailOf({ type: 'application', id })).some((e) => e.action === 'reveal')).toBe(false);
    // A field with nothing sealed in it (only a hand-made form names one) is not found, reason or not.
    const missing = await chaohu
      .post(`/console/cases/${id}/reveal`)
      .set('HX-Request', 'true')
      .type('form')
      .send({ _csrf: chaohuCsrf, field: 'members.9.idNumber', reason: '核对户籍' })
      .expect(404);
    expect(missing.headers['hx-retarget']).toBeUndefined();
    expect(missing.text.startsWith('<div class="error" role="alert">')).toBe(true);
    await chaohu
      .post(`/console/cases/${id}/reveal`)
      .type('form')
      .send({ field: 'members.0.idNumber', reason: '核对户籍' })
      .expect(403);
    const shown = await chaohu
      .post(`/console/cases/${id}/reveal`)
      .set('HX-Request', 'true')
      .type('form')
      .send({ _csrf: chaohuCsrf, field: 'members.0.idNumber', reason: '核对户籍' })
      .expect(200);
    expect(shown.text).toContain(idNumberFor('340181101', '19520310'));
    expect(shown.text.startsWith('<span id="reveal-members-0-idNumber"')).toBe(true);
    const trail = await auditTrailOf({ type: 'application', id });
    expect(trail.find((e) => e.action === 'reveal')).toMatchObject({
      channel: 'console',
      details: { field: 'members.0.idNumber', reason: '核对户籍' },
    });
  });

  it('serves each material through an audited route', async () => {
    const raw = await Application.findById(id).lean();
    const attachment = raw!.attachments[0]!;
    const file = await chaohu.get(`/console/cases/${id}/attachments/${attachment.id}`).expect(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    const trail = await auditTrailOf({ type: 'application', id });
    expect(
      trail.some(
        (e) =>
          e.action === 'read' && (e.details as { attachmentId?: string })?.attachmentId === attachment.id,
      ),
    ).toBe(true);
  });

  it('keeps another township out: its staff get 403 on the page, the reveal and the stage form', async () => {
    const page = await yichun.get(`/console/cases/${id}`).expect(403);
    expect(page.text).toContain('不在您负责的辖区内');
    await yichun
      .post(`/console/cases/${id}/reveal`)
      .type('form')
      .send({ _csrf: yichunCsrf, field: 'phone', reason: '核对' })
      .expect(403);
    await post(yichun, yichunCsrf, id, { stage: 'accept', outcome: 'accepted' }).expect(403);
  });

  it('records every Chaohu stage through its form, refusing what the rules refuse beside the field', async () => {
    await post(chaohu, '', id, { stage: 'accept', outcome: 'accepted', on: '2026-09-28' }).expect(403);
    const notAccepted = await post(chaohu, chaohuCsrf, id, {
      stage: 'accept',
      outcome: 'not_accepted',
      on: '2026-09-28',
    }).expect(400);
    expect(notAccepted.text).toMatch(/class="field-error"[^>]*>[^<]+</);
    const future = await post(chaohu, chaohuCsrf, id, {
      stage: 'accept',
      outcome: 'accepted',
      on: '2099-01-04',
    }).expect(400);
    expect(future.text).toContain('id="e-stage-accept-done.on"');
    const accepted = await post(chaohu, chaohuCsrf, id, {
      stage: 'accept',
      outcome: 'accepted',
      on: '2026-09-28',
    }).expect(303);
    expect(accepted.headers.location).toContain(`/console/cases/${id}?recorded=`);
    expect((await timeline(id)).stages.find((s) => s.id === 'accept')).toMatchObject({
      state: 'done',
      on: '2026-09-28',
    });

    await post(chaohu, chaohuCsrf, id, { stage: 'village_review', on: '2026-09-30' }).expect(303);

    // 入户调查: at least two investigators (000 四(二)2), shown beside the investigators in the form.
    const one = await post(chaohu, chaohuCsrf, id, {
      stage: 'investigation',
      stageForm: 'home_visit',
      on: '2026-10-09',
      investigatorStaff: chaohuStaffId,
    }).expect(400);
    expect(one.text).toContain('入户调查至少需要 2 名调查人员（000 四(二)2）');
    const none = await post(chaohu, chaohuCsrf, id, {
      stage: 'investigation',
      stageForm: 'home_visit',
      on: '2026-10-09',
    }).expect(400);
    expect(none.text).toContain('class="field invalid"');
    await post(chaohu, chaohuCsrf, id, {
      stage: 'investigation',
      stageForm: 'home_visit',
      on: '2026-10-09',
      investigatorStaff: chaohuStaffId,
      investigatorNames: '张明\n',
    }).expect(303);

    // 民主评议: the quorum (≥ 9, odd) and two thirds in favour (000 四(三)).
    const small = await post(chaohu, chaohuCsrf, id, {
      stage: 'community_review',
      on: '2026-10-15',
      'vote.participants': '7',
      'vote.villagerRepresentatives': '3',
      'vote.committeeMembers': '2',
      'vote.inFavour': '6',
    }).expect(400);
    expect(small.text).toContain('民主评议小组成员不得少于 9 人');
    const typo = await post(chaohu, chaohuCsrf, id, {
      stage: 'community_review',
      on: '2026-10-15',
      'vote.participants': 'eleven',
      'vote.villagerRepresentatives': '4',
      'vote.committeeMembers': '3',
      'vote.inFavour': '8',
    }).expect(400);
    expect(typo.text).toContain('id="e-stage-community_review-done.vote.participants"');
    await post(chaohu, chaohuCsrf, id, {
      stage: 'community_review',
      on: '2026-10-15',
      'vote.participants': '11',
      'vote.villagerRepresentatives': '4',
      'vote.committeeMembers': '3',
      'vote.inFavour': '8',
    }).expect(303);

    await post(chaohu, chaohuCsrf, id, { stage: 'review', on: '2026-10-20' }).expect(303);
    await post(chaohu, chaohuCsrf, id, { stage: 'review_publication', on: '2026-10-21' }).expect(303);

    // 公示: its seven days must pass before the decision.
    const early = await post(chaohu, chaohuCsrf, id, {
      stage: 'approval',
      outcome: 'approved',
      on: '2026-10-25',
      'amountsFen.dibao': '520',
    }).expect(409);
    expect(early.text).toContain('公示期至 2026-10-28 结束');
    // 审批: with the amount, in the reader's language when asked.
    const noAmount = await chaohu
      .post(`/console/cases/${id}/stages?lang=en`)
      .type('form')
      .send({ _csrf: chaohuCsrf, stage: 'approval', outcome: 'approved', on: '2026-10-29' })
      .expect(400);
    expect(noAmount.text).toContain('dibao');
    // The language chosen is remembered until changed back.
    expect((await chaohu.get('/console').expect(200)).text).toContain('<html lang="en">');
    await chaohu.get('/console?lang=zh-CN').expect(200);
    const approved = await post(chaohu, chaohuCsrf, id, {
      stage: 'approval',
      outcome: 'approved',
      on: '2026-10-29',
      'amountsFen.dibao': '520.50',
    }).expect(303);
    expect(approved.headers.location).toContain('recorded=');
    await post(chaohu, chaohuCsrf, id, { stage: 'approval_publication', on: '2026-10-30' }).expect(303);

    const seen = await timeline(id);
    expect(seen.decision).toMatchObject({ outcome: 'approved', amountsFen: { dibao: 52050 } });
    expect(seen.stages.filter((s) => s.state === 'done').map((s) => s.id)).toEqual([
      'apply',
      'accept',
      'village_review',
      'investigation',
      'community_review',
      'review',
      'review_publication',
      'approval',
      'approval_publication',
    ]);
    const trail = await auditTrailOf({ type: 'application', id });
    expect(trail.filter((e) => e.action === 'stage' && e.channel === 'console')).toHaveLength(8);
  });

  it('answers an htmx form refused by the service with the same form and its errors, ready to swap', async () => {
    const other = await submittedCase(app, {
      token: resident,
      areaId: '340181101',
      programs: ['dibao'],
      submittedOn: '2026-11-02',
    });
    const res = await post(chaohu, chaohuCsrf, other, { stage: 'accept', outcome: 'not_accepted' })
      .set('HX-Request', 'true')
      .expect(400);
    expect(res.text.startsWith('<form id="stage-accept-done"')).toBe(true);
    expect(res.text).toContain('id="e-stage-accept-done.reasons"');
    // The reasons' textarea is tied to its hint and its error, as every control is.
    expect(res.text).toMatch(
      /<textarea id="f-stage-accept-done.reasons" name="reasons" aria-invalid="true" aria-describedby="h-stage-accept-done.reasons e-stage-accept-done.reasons"/,
    );
    expect(res.text).toContain('<p class="hint" id="h-stage-accept-done.reasons"');
    const done = await post(chaohu, chaohuCsrf, other, { stage: 'accept', outcome: 'accepted' })
      .set('HX-Request', 'true')
      .expect(204);
    expect(done.headers['hx-redirect']).toContain(`/console/cases/${other}?recorded=`);
  });
});

describe('the one-time notice from the console', () => {
  it('gives it once, with every item missing and the materials staff name, and hands the case back to the applicant', async () => {
    const id = await submittedCase(app, { token: resident, areaId: '340181101', programs: ['dibao'] });
    const page = await chaohu.get(`/console/cases/${id}`).expect(200);
    expect(page.text).toContain('id="notice-form"');
    expect(page.text).toContain('value="identity_card"');
    // Refused: the case page again (a read, audited), the reason inside the notice form and the ticks kept.
    const reads = async () =>
      (await auditTrailOf({ type: 'application', id })).filter((e) => e.action === 'read').length;
    const readsBefore = await reads();
    const refused = await chaohu
      .post(`/console/cases/${id}/notice`)
      .type('form')
      .send({ _csrf: chaohuCsrf, materials: ['identity_card', 'no_such_material'] })
      .expect(400);
    const form = /<form id="notice-form"[\s\S]*?<\/form>/.exec(refused.text)?.[0] ?? '';
    expect(form).toContain(
      '<div class="error" role="alert"><p>“no_such_material”不是本申请需要由申请人提交的材料',
    );
    expect(form).toMatch(/value="identity_card" checked/);
    expect(form).not.toMatch(/value="household_register" checked/);
    expect(await reads()).toBe(readsBefore + 1);
    await chaohu
      .post(`/console/cases/${id}/notice`)
      .type('form')
      .send({ _csrf: chaohuCsrf, materials: ['identity_card', 'household_register'] })
      .expect(303);
    const seen = await app.http
      .get(`/api/v1/applications/${id}`)
      .set('Authorization', `Bearer ${resident}`)
      .expect(200);
    expect(seen.body.status).toBe('draft');
    expect(seen.body.notice.items.map((i: { code: string }) => i.code).sort()).toEqual([
      'household_register',
      'identity_card',
    ]);
    const again = await chaohu
      .post(`/console/cases/${id}/notice`)
      .type('form')
      .send({ _csrf: chaohuCsrf, materials: 'identity_card' })
      .expect(409);
    // The form is gone (the notice was given), so the reason stands at the top of the case.
    expect(again.text).not.toContain('id="notice-form"');
    expect(again.text).toMatch(/<div class="error" role="alert"><p>已于 \d{4}-\d{2}-\d{2} 作出一次性告知/);
    const after = await chaohu.get(`/console/cases/${id}`).expect(200);
    expect(after.text).not.toContain('id="notice-form"');
    expect(after.text).toMatch(/已于 \d{4}-\d{2}-\d{2} 一次性告知/);
  });
});

describe('an objection during a publication', () => {
  it('reopens the investigation from the console (000 四(四)), refusing one raised outside the publication', async () => {
    const id = await submittedCase(app, {
      token: resident,
      areaId: '340181101',
      programs: ['dibao'],
      submittedOn: '2026-09-25',
    });
    const staff = (
      await app.http
        .post('/api/v1/auth/staff')
        .send({ username: 'zhegao.staff', password: PASSWORD })
        .expect(200)
    ).body.token as string;
    const api = (body: object) =>
      app.http
        .post(`/api/v1/applications/${id}/stages`)
        .set('Authorization', `Bearer ${staff}`)
        .send(body)
        .expect(200);
    await api({ stage: 'accept', outcome: 'accepted', on: '2026-09-28' });
    await api({ stage: 'village_review', on: '2026-09-30' });
    await api({
      stage: 'investigation',
      on: '2026-10-09',
      investigators: [{ name: '张明' }, { name: '李华' }],
    });
    await api({
      stage: 'community_review',
      on: '2026-10-15',
      vote: { participants: 11, villagerRepresentatives: 4, committeeMembers: 3, inFavour: 8 },
    });
    await api({ stage: 'review', on: '2026-10-20' });
    await api({ stage: 'review_publication', on: '2026-10-21' });

    const page = await chaohu.get(`/console/cases/${id}`).expect(200);
    expect(page.text).toContain('id="stage-review_publication-objection"');
    const late = await post(chaohu, chaohuCsrf, id, {
      stage: 'review_publication',
      event: 'objection',
      on: '2026-10-30',
      note: '群众反映家中有经营收入',
    }).expect(400);
    expect(late.text).toContain('id="e-stage-review_publication-objection.on"');
    // htmx sends the token as a header, not a field; a request a browser marks as cross-site is refused.
    await chaohu
      .post(`/console/cases/${id}/stages`)
      .set('X-CSRF-Token', chaohuCsrf)
      .set('Sec-Fetch-Site', 'cross-site')
      .type('form')
      .send({ stage: 'review_publication', event: 'objection', on: '2026-10-23' })
      .expect(403);
    await chaohu
      .post(`/console/cases/${id}/stages`)
      .set('X-CSRF-Token', chaohuCsrf)
      .type('form')
      .send({
        stage: 'review_publication',
        event: 'objection',
        on: '2026-10-23',
        note: '群众反映家中有经营收入',
      })
      .expect(303);
    const after = await chaohu.get(`/console/cases/${id}`).expect(200);
    expect(after.text).toContain('id="stage-reinvestigation-done"');
    expect(after.text).toContain('2026-10-23 收到异议');
    const seen = await timeline(id);
    expect(seen.stages.find((s) => s.id === 'review_publication')).toMatchObject({ objection: '2026-10-23' });
  });
});

describe('refusal and emergency help in Yichun', () => {
  it('refuses only with written reasons, then asks for the refusal notice with its deadline (002: 3 working days)', async () => {
    const id = await submittedCase(app, {
      token: resident,
      areaId: '230717001001',
      programs: ['dibao'],
      submittedOn: '2026-09-22',
    });
    await post(yichun, yichunCsrf, id, { stage: 'accept', outcome: 'accepted', on: '2026-09-24' }).expect(
      303,
    );
    await post(yichun, yichunCsrf, id, {
      stage: 'investigation',
      stageForm: 'home_visit',
      on: '2026-09-28',
      investigatorNames: '赵一\n钱二',
    }).expect(303);
    await post(yichun, yichunCsrf, id, { stage: 'verification', on: '2026-09-29' }).expect(303);
    await post(yichun, yichunCsrf, id, { stage: 'review', on: '2026-09-30' }).expect(303);
    const bare = await post(yichun, yichunCsrf, id, {
      stage: 'approval',
      outcome: 'refused',
      on: '2026-10-08',
    }).expect(400);
    expect(bare.text).toContain('id="e-stage-approval-done.reasons"');
    await post(yichun, yichunCsrf, id, {
      stage: 'approval',
      outcome: 'refused',
      on: '2026-10-08',
      reasons: '家庭人均收入高于当地低保标准<img src=x onerror=alert(1)>',
      'amountsFen.dibao': '300',
    }).expect(303);
    const page = await yichun.get(`/console/cases/${id}`).expect(200);
    expect(page.text).toContain('id="stage-refusal_notice-done"');
    expect(page.text).toMatch(/应于 2026-10-\d\d 前完成/);
    // What staff typed is shown as text.
    expect(page.text).toContain('&lt;img src=x onerror=alert(1)>');
    expect(page.text).not.toContain('<img src=x');
    expect((await timeline(id)).decision).toMatchObject({
      outcome: 'refused',
      reasons: '家庭人均收入高于当地低保标准<img src=x onerror=alert(1)>',
    });
    await post(yichun, yichunCsrf, id, { stage: 'refusal_notice', on: '2026-10-09' }).expect(303);
  });

  it('grants emergency temporary assistance first and takes the stages before it afterwards (seed 002 二(四))', async () => {
    const id = await submittedCase(app, {
      token: resident,
      areaId: '230717001001',
      programs: ['temporary'],
      household: {
        incidents: [
          { kind: 'fire', occurredOn: '2026-11-25', inJurisdiction: true, basicLivingAtRisk: true },
        ],
      },
    });
    await post(yichun, yichunCsrf, id, { stage: 'accept', outcome: 'accepted' }).expect(303);
    const page = await yichun.get(`/console/cases/${id}`).expect(200);
    expect(page.text).toContain('id="stage-approval-done-emergency"');
    expect(page.text).toContain('先行救助');
    await post(yichun, yichunCsrf, id, {
      stage: 'approval',
      emergency: 'true',
      outcome: 'approved',
      'amountsFen.temporary': '2000',
    }).expect(303);
    const seen = await timeline(id);
    expect(seen.decision).toMatchObject({
      outcome: 'approved',
      emergency: true,
      amountsFen: { temporary: 200000 },
    });
    const after = await yichun.get(`/console/cases/${id}`).expect(200);
    expect(after.text).toContain('id="stage-investigation-done"');
    expect(after.text).not.toContain('id="stage-approval-done-emergency"');
  });
});
