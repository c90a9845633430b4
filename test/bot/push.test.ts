import { randomBytes } from 'node:crypto';
import { ChatStore } from '../../bot/engine/chat-state';
import { CredentialSeal } from '../../bot/engine/credential-seal';
import { pushSignature } from '../../server/chat/chat-push';
import { startBotRig, type BotRig } from '../support/bot';

/** The bot takes a push only when the server signed it, recently, and delivers it once to chats still bound. */

let rig: BotRig;
beforeAll(async () => {
  rig = await startBotRig();
}, 60_000);
afterAll(async () => rig?.close());

async function push(body: object, opts: { secret?: string; at?: number } = {}) {
  const raw = JSON.stringify(body);
  const timestamp = String(opts.at ?? Math.floor(Date.now() / 1000));
  const res = await fetch(`${rig.botUrl}/push`, {
    method: 'POST',
    body: raw,
    headers: {
      'Content-Type': 'application/json',
      'X-Timestamp': timestamp,
      'X-Signature': pushSignature(opts.secret ?? rig.pushSecret, timestamp, raw),
    },
  });
  return { status: res.status, body: (await res.json()) as { delivered?: number } };
}

describe('pushes from the server', () => {
  it('refuses unsigned, wrongly signed and stale pushes', async () => {
    const body = { id: 'p-1', caseNumber: '1-2026-1', text: '进展', chats: [] };
    expect((await push(body, { secret: 'another-secret-0123456789' })).status).toBe(401);
    expect((await push(body, { at: Math.floor(Date.now() / 1000) - 3600 })).status).toBe(401);
    const unsigned = await fetch(`${rig.botUrl}/push`, { method: 'POST', body: JSON.stringify(body) });
    expect(unsigned.status).toBe(401);
  });

  it('delivers a push once, and only to a chat that follows the case', async () => {
    const following = await rig.resident();
    const other = await rig.resident();
    const followingChat = `wechaty:${following.id}`;
    const state = await rig.bot.store.load(followingChat);
    state.bindings = [{ caseNumber: '150822-2026-000777', token: 'x'.repeat(43) }];
    await rig.bot.store.save(followingChat, state);
    const body = {
      id: 'p-2',
      caseNumber: '150822-2026-000777',
      text: '您的申请 150822-2026-000777 有新进展',
      chats: [followingChat, `wechaty:${other.id}`],
    };
    expect(await push(body)).toEqual({ status: 200, body: { delivered: 1 } });
    expect(await following.pushed()).toEqual(['您的申请 150822-2026-000777 有新进展']);
    expect(await push(body)).toEqual({ status: 200, body: { delivered: 0 } });
    expect(await other.pushed(1, 500)).toEqual([]);
  });

  it('delivers nothing to a chat whose case credential no longer opens (sealed under another key)', async () => {
    const resident = await rig.resident();
    const chat = `wechaty:${resident.id}`;
    const elsewhere = new ChatStore(rig.bot.redis, 600, new CredentialSeal(randomBytes(32)), rig.logger);
    await elsewhere.save(chat, {
      lang: 'zh-CN',
      bindings: [{ caseNumber: '150822-2026-000778', token: 'x'.repeat(43) }],
    });
    const body = { id: 'p-3', caseNumber: '150822-2026-000778', text: '有新进展', chats: [chat] };
    expect(await push(body)).toEqual({ status: 200, body: { delivered: 0 } });
    expect(await resident.pushed(1, 500)).toEqual([]);
  });
});
