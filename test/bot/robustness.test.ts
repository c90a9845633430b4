import { ChatStore } from '../../bot/engine/chat-state';
import { startBotRig, type BotRig } from '../support/bot';
import { until } from '../support/until';

/** What must never break a conversation: group chats, floods, hand-offs to staff, and what is kept or logged. */

let rig: BotRig;
const log: string[] = [];

beforeAll(async () => {
  rig = await startBotRig({ BOT_RATE_LIMIT: '8' }, {}, 0, { write: (line) => void log.push(line) });
}, 60_000);
afterAll(async () => rig?.close());

describe('the bot under real-world use', () => {
  it('points a group chat to a private chat, and ignores group talk not addressed to it', async () => {
    const [member] = rig.mocker.createContacts(1);
    const room = rig.mocker.createRoom({ topic: '村民群', memberIdList: [member!.id, rig.botUser.id] });
    const inRoom: string[] = [];
    rig.puppet.on('message', ({ messageId }) => {
      const payload = rig.mocker.MessageMock.load(messageId).payload;
      if ('roomId' in payload && payload.roomId === room.id && payload.talkerId === rig.botUser.id)
        inRoom.push(payload.text ?? '');
    });
    member!.say('大家好，今天开会').to(room);
    member!.say('低保要带什么材料', [rig.botUser]).to(room);
    await until(() => inRoom.length > 0);
    await rig.adapter.settled();
    expect(inRoom).toHaveLength(1);
    expect(inRoom[0]).toContain('私聊');
  });

  it('asks a chat that floods it to slow down', async () => {
    const chat = await rig.resident();
    const answers: string[] = [];
    for (let i = 0; i < 9; i++) answers.push((await chat.say('你好')).join());
    expect(answers.slice(0, 8).every((a) => a.includes('社会救助小助手'))).toBe(true);
    expect(answers[8]).toContain('太快');
  });

  it('hands the conversation to the township by WeCom with a summary, and tells the user what happens next', async () => {
    const chat = await rig.resident();
    await chat.say('我在磴口');
    await chat.say('我家情况特殊能不能特殊照顾一下');
    const reply = (await chat.say('转人工')).join();
    expect(reply).toContain('已经转给苏木镇人民政府或农场公司');
    const [sent] = rig.wecom.received('staff');
    expect(sent?.content).toContain('聊天机器人转人工');
    expect(sent?.content).toContain('磴口县');
    expect(sent?.content).toContain('我家情况特殊能不能特殊照顾一下');
    expect(sent?.content).not.toContain(chat.id);
  });

  it('keeps dialogue state in Redis under a hashed key that expires', async () => {
    const chat = await rig.resident();
    await chat.say('测一测');
    const key = `chat:${ChatStore.keyOf(`wechaty:${chat.id}`)}`;
    const ttl = await rig.bot.redis.ttl(key);
    expect(ttl).toBeGreaterThan(0);
    const keys = await rig.bot.redis.keys('*');
    expect(keys.some((k) => k.includes(chat.id))).toBe(false);
    expect(JSON.parse((await rig.bot.redis.get(key))!).dialogue.name).toBe('prescreen');
  });

  it('starts a dialogue over when it was left idle', async () => {
    const chat = await rig.resident();
    await chat.say('我在伊春');
    expect((await chat.say('测一测')).join()).toContain('城里还是农村');
    const key = `wechaty:${chat.id}`;
    const state = await rig.bot.store.load(key);
    state.dialogue!.at -= 2 * 3600 * 1000;
    await rig.bot.store.save(key, state);
    // "农村" is no longer an answer to the pre-screen's question: it is read as a new message.
    expect((await chat.say('农村')).join()).not.toContain('几口人');
  });

  it('logs nothing that identifies a resident or what they said', async () => {
    const chat = await rig.resident();
    await chat.say('我叫王秀兰，电话13912345678，住在东风村');
    const text = log.join('\n');
    for (const secret of [chat.id, '王秀兰', '13912345678', '东风村']) expect(text).not.toContain(secret);
  });
});
