import { randomBytes } from 'node:crypto';
import { loadBotConfig } from '../../bot/config';
import { ChatStore } from '../../bot/engine/chat-state';
import { CredentialSeal } from '../../bot/engine/credential-seal';
import { Application } from '../../server/applications/application-model';
import { addStaff, seedAreas, signIn } from '../support/fixtures';
import { residentToken, submittedCase } from '../support/cases';
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
const log: string[] = [];
const as = (token: string) => ({ Authorization: `Bearer ${token}` });

beforeAll(async () => {
  rig = await startBotRig({}, {}, 0, { write: (line) => void log.push(line) });
  await seedAreas();
  await addStaff(rig.app, 'sumu.staff', 'township_staff', '150822200');
  township = await signIn(rig.app, 'sumu.staff');
  resident = await residentToken(rig.app, 'resident-chat');
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

describe('case credentials at rest', () => {
  /** A chat bound to the case, with a place too: the rest of its state must outlive a credential refused. */
  async function boundChat() {
    const chat = await rig.resident();
    await chat.say('我在磴口');
    expect((await chat.say(`绑定 ${caseNumber} ${await chatCode()}`)).join()).toContain('绑定好了');
    const id = `wechaty:${chat.id}`;
    return { chat, id, key: `chat:${ChatStore.keyOf(id)}` };
  }

  it('keeps a binding sealed in Redis: it survives the round trip, and the raw value holds no credential', async () => {
    const { chat, id, key } = await boundChat();
    const [binding] = (await rig.bot.store.load(id)).bindings ?? [];
    expect(binding?.caseNumber).toBe(caseNumber);
    // What came back from Redis is the server's credential itself.
    const timeline = await rig.app.http
      .post('/api/v1/chat/timeline')
      .send({ token: binding?.token })
      .expect(200);
    expect(timeline.body.caseNumber).toBe(caseNumber);
    const raw = (await rig.bot.redis.get(key))!;
    expect(raw).toContain(caseNumber);
    expect(raw).not.toContain(binding!.token!);
    expect((await chat.say('进度')).join('\n')).toContain(`申请 ${caseNumber} 的进度`);
  });

  it('refuses a credential sealed under another key, for another chat or altered: the chat is asked to bind again and goes on', async () => {
    const raw = async (key: string) => JSON.parse((await rig.bot.redis.get(key))!);
    const underAnotherKey = async (id: string) => {
      const other = new ChatStore(rig.bot.redis, 600, new CredentialSeal(randomBytes(32)), rig.logger);
      await other.save(id, await rig.bot.store.load(id));
    };
    const forAnotherChat = async (id: string, key: string) => {
      const elsewhere = `${id}-elsewhere`;
      await rig.bot.store.save(elsewhere, await rig.bot.store.load(id));
      const stored = await raw(key);
      stored.bindings = (await raw(`chat:${ChatStore.keyOf(elsewhere)}`)).bindings;
      await rig.bot.redis.set(key, JSON.stringify(stored), 'EX', 600);
    };
    const altered = async (_id: string, key: string) => {
      const stored = await raw(key);
      const sealed: string = stored.bindings[0].sealedToken;
      stored.bindings[0].sealedToken = `${sealed.slice(0, -2)}${sealed.at(-2) === 'A' ? 'B' : 'A'}${sealed.at(-1)}`;
      await rig.bot.redis.set(key, JSON.stringify(stored), 'EX', 600);
    };
    for (const spoil of [underAnotherKey, forAnotherChat, altered]) {
      const { chat, id, key } = await boundChat();
      const token = (await rig.bot.store.load(id)).bindings?.[0]?.token ?? '';
      expect(token).not.toBe('');
      log.length = 0;
      await spoil(id, key);
      expect((await chat.say('进度')).join()).toContain(`申请 ${caseNumber} 的绑定已经失效`);
      expect(await rig.bot.store.load(id)).toMatchObject({ place: 'dengkou', bindings: [] });
      expect((await chat.say('低保去哪里办')).join()).toContain('磴口');
      expect(log.filter((line) => line.includes('case credential did not open'))).toHaveLength(1);
      for (const secret of [token, chat.id]) expect(log.join('\n')).not.toContain(secret);
      // The server still holds the binding: free its slot (a case takes five).
      await rig.app.http.post('/api/v1/chat/unbind').send({ token }).expect(200);
    }
  });

  it('opens bindings sealed under a retired key, and seals them again under the current one', async () => {
    const { id } = await boundChat();
    const token = (await rig.bot.store.load(id)).bindings?.[0]?.token ?? '';
    expect(token).not.toBe('');
    const [before, after] = [randomBytes(32), randomBytes(32)];
    const sealedWith = (key: Buffer, retired: Buffer[] = []) =>
      new ChatStore(rig.bot.redis, 600, new CredentialSeal(key, retired), rig.logger);
    await sealedWith(before).save(id, await rig.bot.store.load(id));
    // BOT_STATE_KEY changed, the key it replaced in BOT_STATE_KEYS_RETIRED: the binding still opens.
    const rotated = sealedWith(after, [before]);
    const state = await rotated.load(id);
    expect(state.bindings?.[0]?.token).toBe(token);
    // Saved again (as every message saves its chat), it is sealed under the new key: the old one is no longer needed.
    await rotated.save(id, state);
    expect((await sealedWith(after).load(id)).bindings?.[0]?.token).toBe(token);
    expect((await sealedWith(before).load(id)).bindings?.[0]?.token).toBeUndefined();
    await rig.app.http.post('/api/v1/chat/unbind').send({ token }).expect(200);
  });

  it('takes the key from BOT_STATE_KEY: refused when malformed, or left at the development one in production', () => {
    expect(loadBotConfig({ BOT_STATE_KEY: randomBytes(32).toString('base64') }).BOT_STATE_KEY).toHaveLength(
      32,
    );
    for (const malformed of [
      '',
      'short',
      randomBytes(32).toString('hex'),
      randomBytes(24).toString('base64'),
    ])
      expect(() => loadBotConfig({ BOT_STATE_KEY: malformed })).toThrow(
        /BOT_STATE_KEY: a base64-encoded 32-byte key/,
      );
    expect(() => loadBotConfig({ NODE_ENV: 'production' })).toThrow(
      /BOT_STATE_KEY: must be set to a production value/,
    );
    expect(
      loadBotConfig({ NODE_ENV: 'production', BOT_STATE_KEY: randomBytes(32).toString('base64') }).NODE_ENV,
    ).toBe('production');
    const retired = [randomBytes(32), randomBytes(32)];
    expect(
      loadBotConfig({ BOT_STATE_KEYS_RETIRED: retired.map((k) => k.toString('base64')).join(', ') })
        .BOT_STATE_KEYS_RETIRED,
    ).toEqual(retired);
    expect(() =>
      loadBotConfig({ BOT_STATE_KEYS_RETIRED: `${retired[0]!.toString('base64')},short` }),
    ).toThrow(/BOT_STATE_KEYS_RETIRED.*a base64-encoded 32-byte key/);
  });
});
