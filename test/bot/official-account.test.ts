import { createDecipheriv } from 'node:crypto';
import { startBotRig, type BotRig } from '../support/bot';
import { messagesOf } from '../../bot/adapters/official-account';
import { WeChatCipher, sha1Signature } from '../../bot/adapters/wechat-crypto';
import { OA, httpGet, startOfficialAccount } from '../support/official-account';
import { until } from '../support/until';

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
    await until(() => oa.wechat.customMessages.length > 0);
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

/**
 * Callbacks published with WeChat's message-encryption sample code (WXBizMsgCrypt), whose algorithm the Official
 * Account's safe mode shares with WeCom: the query's msg_signature, timestamp and nonce, the <Encrypt> body, and the
 * message inside.
 */
const PUBLISHED = [
  {
    // https://github.com/sbzhu/weworkapi_php/blob/master/callback/Sample.php (the WeCom team's sample), 使用示例二;
    // the message inside is the one given in that example's comment.
    token: 'QDG6eK',
    encodingAesKey: 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C',
    receiveId: 'wx5823bf96d3bd56c7',
    signature: '477715d11cdb4164915debcba66cb864d751f3e6',
    timestamp: '1409659813',
    nonce: '1372623149',
    encrypt:
      'RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==',
    message: [
      '<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName>',
      '<FromUserName><![CDATA[mycreate]]></FromUserName>',
      '<CreateTime>1409659813</CreateTime>',
      '<MsgType><![CDATA[text]]></MsgType>',
      '<Content><![CDATA[hello]]></Content>',
      '<MsgId>4561255354251345929</MsgId>',
      '<AgentID>218</AgentID>',
      '</xml>',
    ].join('\n'),
  },
  {
    // https://github.com/sbzhu/weworkapi_python/blob/master/callback/Sample.py (the WeCom team's sample), 使用示例二;
    // the message inside is 使用示例三's sRespData in the same file (its 你好 makes the length count bytes).
    token: 'hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo',
    encodingAesKey: '6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt',
    receiveId: 'ww1436e0e65a779aee',
    signature: '0c3914025cb4b4d68103f6bfc8db550f79dcf48e',
    timestamp: '1476422779',
    nonce: '1597212914',
    encrypt:
      'Kl7kjoSf6DMD1zh7rtrHjFaDapSCkaOnwu3bqLc5tAybhhMl9pFeK8NslNPVdMwmBQTNoW4mY7AIjeLvEl3NyeTkAgGzBhzTtRLNshw2AEew+kkYcD+Fq72Kt00fT0WnN87hGrW8SqGc+NcT3mu87Ha3dz1pSDi6GaUA6A0sqfde0VJPQbZ9U+3JWcoD4Z5jaU0y9GSh010wsHF8KZD24YhmZH4ch4Ka7ilEbjbfvhKkNL65HHL0J6EYJIZUC2pFrdkJ7MhmEbU2qARR4iQHE7wy24qy0cRX3Mfp6iELcDNfSsPGjUQVDGxQDCWjayJOpcwocugux082f49HKYg84EpHSGXAyh+/oxwaWbvL6aSDPOYuPDGOCI8jmnKiypE+',
    message:
      '<xml><ToUserName>ww1436e0e65a779aee</ToUserName><FromUserName>ChenJiaShun</FromUserName><CreateTime>1476422779</CreateTime><MsgType>text</MsgType><Content>你好</Content><MsgId>1456453720</MsgId><AgentID>1000002</AgentID></xml>',
  },
];

/** The 16 random bytes the sample's sender chose: its first block, decrypted alone (IV = the key's first 16 bytes). */
function randomOf(encodingAesKey: string, encrypt: string): Buffer {
  const key = Buffer.from(`${encodingAesKey}=`, 'base64');
  const decipher = createDecipheriv('aes-256-cbc', key, key.subarray(0, 16)).setAutoPadding(false);
  return decipher.update(Buffer.from(encrypt, 'base64').subarray(0, 16));
}

describe('safe-mode encryption against WeChat’s published samples', () => {
  it('computes WeChat’s signatures: SHA-1 of the parts in sorted order', () => {
    for (const s of PUBLISHED)
      expect(sha1Signature(s.token, s.timestamp, s.nonce, s.encrypt)).toBe(s.signature);
    // The URL check of the PHP sample above (使用示例一), whose echostr is encrypted for the same receiver.
    const echostr =
      'P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==';
    expect(sha1Signature('QDG6eK', '1409659589', '263014780', echostr)).toBe(
      '5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3',
    );
    expect(new WeChatCipher(PUBLISHED[0]!.encodingAesKey, PUBLISHED[0]!.receiveId).decrypt(echostr)).toMatch(
      /^\d+$/,
    );
  });

  it('reads what WeChat encrypted, and refuses it for another AppID', () => {
    for (const s of PUBLISHED) {
      expect(new WeChatCipher(s.encodingAesKey, s.receiveId).decrypt(s.encrypt)).toBe(s.message);
      expect(() => new WeChatCipher(s.encodingAesKey, 'wx0000000000000000').decrypt(s.encrypt)).toThrow();
    }
  });

  it('encrypts byte for byte as WeChat does, given the same random bytes', () => {
    for (const s of PUBLISHED) {
      const cipher = new WeChatCipher(s.encodingAesKey, s.receiveId);
      expect(cipher.encrypt(s.message, randomOf(s.encodingAesKey, s.encrypt))).toBe(s.encrypt);
    }
  });
});
