import { randomBytes } from 'node:crypto';
import { Application } from '../../server/applications/application-model';
import { addStaff, seedAreas, signIn } from '../support/fixtures';
import { submittedCase } from '../support/cases';
import { startBotRig, type BotRig } from '../support/bot';

/**
 * Following a case in chat: the applicant's code binds the chat, "进度" answers from that case's timeline, a
 * staff action is pushed to the chat, and the chat's credential reads nothing else.
 */

let rig: BotRig;
let resident: string;
let township: string;
let caseId: string;
let caseNumber: string;
const as = (token: string) => ({ Authorization: `Bearer ${token}` });

beforeAll(async () => {
  rig = await startBotRig();
  await seedAreas();
  await addStaff(rig.app, 'sumu.staff', 'township_staff', '150822200');
  township = await signIn(rig.app, 'sumu.staff');
  resident = (await rig.app.http.post('/api/v1/auth/dev').send({ openid: 'resident-chat' }).expect(200)).body
    .token;
  caseId = await submittedCase(rig.app, { token: resident, areaId: '150822201', programs: ['dibao'] });
  caseNumber = (await rig.app.http.get(`/api/v1/applications/${caseId}`).set(as(resident)).expect(200)).body
    .caseNumber;
}, 90_000);
afterAll(async () => rig?.close());

async function chatCode(): Promise<string> {
  const res = await rig.app.http
    .post(`/api/v1/applications/${caseId}/chat-code`)
    .set(as(resident))
    .expect(201);
  expect(res.body.caseNumber).toBe(caseNumber);
  return res.body.code;
}

describe('following a case in chat', () => {
  it('binds with the case number and code, answers progress, and pushes a staff action to the chat', async () => {
    const chat = await rig.resident();
    expect((await chat.say('绑定')).join()).toContain('绑定码');
    const code = await chatCode();
    expect((await chat.say(`绑定 ${caseNumber} ${code}`)).join()).toContain(`绑定好了：申请 ${caseNumber}`);

    const before = (await chat.say('我的申请到哪一步了')).join('\n');
    expect(before).toContain(`申请 ${caseNumber} 的进度`);
    expect(before).toContain('现在：苏木镇、农场公司受理');

    await rig.app.http
      .post(`/api/v1/applications/${caseId}/stages`)
      .set(as(township))
      .send({ stage: 'accept', outcome: 'accepted' })
      .expect(200);
    const pushed = (await chat.pushed()).join('\n');
    expect(pushed).toContain(`您的申请 ${caseNumber} 有新进展`);

    const after = (await chat.say('进度')).join('\n');
    expect(after).toMatch(/✓ 苏木镇、农场公司受理：\d{4}-\d{2}-\d{2} 完成/);

    // The chat's reads and its binding are in the case's audit trail, under the binding, not a person.
    const audit = await rig.app.http
      .get(`/api/v1/applications/${caseId}/audit`)
      .set(as(township))
      .expect(200);
    const chatEntries = (audit.body.items as { action: string; actor: { kind: string } }[]).filter(
      (e) => e.actor.kind === 'chat',
    );
    expect(chatEntries.map((e) => e.action)).toEqual(expect.arrayContaining(['chat_bind', 'read']));
  });

  it('takes a code once, and only with its own case number', async () => {
    const chat = await rig.resident();
    const code = await chatCode();
    expect((await chat.say(`绑定 150822-2026-999999 ${code}`)).join()).toContain('案件编号或绑定码不对');
    expect((await chat.say(`绑定 ${caseNumber} ${code}`)).join()).toContain('案件编号或绑定码不对');
  });

  it('gives a credential that reads its one case and nothing else', async () => {
    const code = await chatCode();
    const bound = await rig.app.http
      .post('/api/v1/chat/bindings')
      .send({ caseNumber, code, chat: 'wechaty:someone' })
      .expect(201);
    const timeline = await rig.app.http
      .post('/api/v1/chat/timeline')
      .send({ token: bound.body.token })
      .expect(200);
    expect(timeline.body.caseNumber).toBe(caseNumber);
    const stranger = randomBytes(32).toString('base64url');
    const refused = await rig.app.http.post('/api/v1/chat/timeline').send({ token: stranger }).expect(404);
    expect(refused.body.error.code).toBe('chat_binding_invalid');
    // The credential is not a session: it opens no other endpoint.
    await rig.app.http.get(`/api/v1/applications/${caseId}`).set(as(bound.body.token)).expect(401);
  });

  it('stops pushing to a chat that unbinds, and binding the same chat again takes no second slot', async () => {
    const chat = await rig.resident();
    const bindings = async () => (await Application.findById(caseId).lean())!.chatBindings.length;
    expect((await chat.say(`绑定 ${caseNumber} ${await chatCode()}`)).join()).toContain('绑定好了');
    const bound = await bindings();
    expect((await chat.say(`绑定 ${caseNumber} ${await chatCode()}`)).join()).toContain('绑定好了');
    expect(await bindings()).toBe(bound);
    expect((await chat.say('解绑')).join()).toContain('已经解绑');
    expect(await bindings()).toBe(bound - 1);
    await rig.app.http
      .post(`/api/v1/applications/${caseId}/stages`)
      .set(as(township))
      .send({ stage: 'declarations' })
      .expect(200);
    expect(await chat.pushed(1, 1500)).toEqual([]);
  });

  it('hands off a pre-screen to the mini-program once', async () => {
    const screening = {
      jurisdiction: 'dengkou',
      household: { residenceArea: 'rural', members: [{ relation: 'self', age: 80 }] },
    };
    const made = await rig.app.http.post('/api/v1/handoffs').send({ screening }).expect(201);
    expect(made.body.code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    const taken = await rig.app.http.get(`/api/v1/handoffs/${made.body.code}`).expect(200);
    expect(taken.body.screening).toMatchObject(screening);
    const again = await rig.app.http.get(`/api/v1/handoffs/${made.body.code}`).expect(404);
    expect(again.body.error.code).toBe('handoff_not_found');
  });
});
