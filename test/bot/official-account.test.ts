import { startBotRig, type BotRig } from '../support/bot';
import { messagesOf } from '../../bot/adapters/official-account';
import { OA, httpGet, startOfficialAccount } from '../support/official-account';

type Account = Awaited<ReturnType<typeof startOfficialAccount>>;

describe('Official Account webhook', () => {
  let rig: BotRig;
  let oa: Account;
  beforeAll(async () => {
    rig = await startBotRig();
    oa = await startOfficialAccount(rig);
  }, 60_000);
  afterAll(async () => {
    await oa?.close();
    await rig?.close();
  });

  it('answers WeChat’s URL check with echostr only when the signature matches', async () => {
    const q = oa.signedQuery();
    const ok = await httpGet(`${oa.base}?${new URLSearchParams({ ...q, echostr: 'e123' })}`);
    expect(ok).toEqual({ status: 200, body: 'e123' });
    const bad = await httpGet(
      `${oa.base}?${new URLSearchParams({ ...q, signature: 'f'.repeat(40), echostr: 'e1' })}`,
    );
    expect(bad.status).toBe(401);
  });

  it('answers a plaintext message with a passive XML reply', async () => {
    const res = await oa.deliver('openid-plain', { MsgType: 'text', Content: '你好', MsgId: '1001' });
    expect(res.status).toBe(200);
    expect(res.body).toContain('<ToUserName><![CDATA[openid-plain]]></ToUserName>');
    expect(res.body).toContain(`<FromUserName><![CDATA[${OA.account}]]></FromUserName>`);
    expect(oa.replyText(res.body)).toContain('社会救助小助手');
  });

  it('refuses a message whose signature does not match', async () => {
    const res = await oa.deliver(
      'openid-plain',
      { MsgType: 'text', Content: '你好', MsgId: '1002' },
      { signature: '0'.repeat(40) },
    );
    expect(res.status).toBe(401);
  });

  it('reads and answers safe-mode messages encrypted with the EncodingAESKey', async () => {
    const first = await oa.deliver(
      'openid-safe',
      { MsgType: 'text', Content: '我在伊春', MsgId: '2001' },
      { safe: true },
    );
    expect(first.body).toContain('<Encrypt>');
    expect(first.body).not.toContain('伊春');
    expect(oa.replyText(first.body)).toContain('伊春市');
    const second = await oa.deliver(
      'openid-safe',
      { MsgType: 'text', Content: '低保去哪里办', MsgId: '2002' },
      { safe: true },
    );
    expect(oa.replyText(second.body)).toContain('乡镇人民政府');
  });

  it('answers a repeated delivery (same MsgId) once', async () => {
    const fields = { MsgType: 'text', Content: '测一测', MsgId: '3001' };
    const first = await oa.deliver('openid-dup', fields);
    const again = await oa.deliver('openid-dup', fields);
    expect(oa.replyText(first.body)).toContain('测一测');
    expect(again.body).toBe('success');
    // The dialogue moved one step, not two: the next answer is taken as the first question's.
    const next = await oa.deliver('openid-dup', { MsgType: 'text', Content: '我在伊春', MsgId: '3002' });
    expect(oa.replyText(next.body)).toContain('城里还是农村');
  });

  it('welcomes a new follower and stays silent on other events, each event once', async () => {
    const fields = { MsgType: 'event', Event: 'subscribe', CreateTime: '1700000000' };
    const welcome = await oa.deliver('openid-new', fields);
    expect(oa.replyText(welcome.body)).toContain('社会救助小助手');
    expect((await oa.deliver('openid-new', fields)).body).toBe('success');
    const other = await oa.deliver('openid-new', {
      MsgType: 'event',
      Event: 'unsubscribe',
      CreateTime: '1700000001',
    });
    expect(other.body).toBe('success');
  });

  it('answers pictures and voice politely', async () => {
    const image = await oa.deliver('openid-media', {
      MsgType: 'image',
      PicUrl: 'http://x/y.jpg',
      MsgId: '4001',
    });
    expect(oa.replyText(image.body)).toContain('看不了图片');
    const voice = await oa.deliver('openid-media', { MsgType: 'voice', MediaId: 'm', MsgId: '4002' });
    expect(oa.replyText(voice.body)).toContain('语音');
  });
});

describe('Official Account webhook with a slow backend', () => {
  let rig: BotRig;
  let oa: Account;
  beforeAll(async () => {
    // Every API call of the bot takes 300 ms; the webhook must answer within 150 ms.
    rig = await startBotRig({}, {}, 300);
    oa = await startOfficialAccount(rig, 150);
  }, 60_000);
  afterAll(async () => {
    await oa?.close();
    await rig?.close();
  });

  it('acknowledges in time and sends the answer by the customer-service API when it is ready', async () => {
    const res = await oa.deliver('openid-slow', {
      MsgType: 'text',
      Content: '低保要带什么材料',
      MsgId: '5001',
    });
    expect(res.body).toBe('success');
    expect(res.ms).toBeLessThan(1000);
    const until = Date.now() + 10_000;
    while (oa.wechat.customMessages.length === 0 && Date.now() < until)
      await new Promise((r) => setTimeout(r, 20));
    expect(oa.wechat.customMessages).toEqual([
      { touser: 'openid-slow', content: expect.stringContaining('哪个地方') },
    ]);
    // WeChat's retry of the same delivery is answered once: no second answer is sent.
    const retry = await oa.deliver('openid-slow', {
      MsgType: 'text',
      Content: '低保要带什么材料',
      MsgId: '5001',
    });
    expect(retry.body).toBe('success');
    await new Promise((r) => setTimeout(r, 800));
    expect(oa.wechat.customMessages).toHaveLength(1);
  });
});

describe('Official Account message size', () => {
  it('keeps every message within WeChat’s 2,048 bytes, cutting at line ends, losing nothing', () => {
    const long = Array.from({ length: 60 }, (_, i) => `第${i}行：低保审批流程说明，请按时提交材料。`).join(
      '\n',
    );
    const parts = messagesOf(['短的回答', long]);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(2000);
    expect(parts.join('\n')).toBe(['短的回答', long].join('\n'));
    expect(messagesOf(['一', '二'])).toEqual(['一\n\n二']);
    const line = '长'.repeat(1500);
    expect(messagesOf([line]).join('')).toBe(line);
  });
});
