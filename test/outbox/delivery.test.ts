import { Application } from '../../server/applications/application-model';
import { residentForOpenid } from '../../server/identity/residents';
import { outboxMessage } from '../../server/outbox/outbox';
import { ERROR, TEMPLATE_ID, useOutboxTest, WARN } from './setup';

const t = useOutboxTest();
let residentId: string;

beforeAll(async () => {
  ({ residentId } = await residentForOpenid('openid-of-batu', t.app.runtime.deps.crypto));
});

const forward = (areaId = '150822100') =>
  t.message('forward', { areaId, markdown: '**新申请** 低保 · 东风村 · 案号 DK-2026-0001' });
const progress = (data: Record<string, string> = { thing1: '低保申请', phrase2: '已受理' }) =>
  t.message('subscribe', { residentId, page: 'pages/case/detail?id=1', data });

describe('delivery', () => {
  it('forwards the case to its township by WeCom and marks the application forwarded', async () => {
    const message = forward();
    const id = await t.applicationWith([message]);
    expect((await t.stored(id)).outboxDueAt).toEqual(t.clock.now);

    const counts = await t.dispatcher().runOnce();

    expect(counts).toEqual({ documents: 1, sent: 1, skipped: 0, retrying: 0, failed: 0 });
    expect(t.wecom.received('bayan-key')).toEqual([
      { content: '**新申请** 低保 · 东风村 · 案号 DK-2026-0001', messageId: message.id },
    ]);
    expect(t.wecom.received('county-key')).toEqual([]);
    const stored = await t.stored(id);
    expect(stored.outbox[0]).toMatchObject({
      status: 'sent',
      attempts: 1,
      sentAt: t.clock.now,
      lastError: null,
    });
    expect(stored.forwardedAt).toEqual(t.clock.now);
    expect(stored.outboxDueAt).toBeNull();
    expect(stored.outboxLeaseUntil).toBeNull();
    expect(t.logs.some((l) => l.msg === 'outbox pass' && l.sent === 1)).toBe(true);
  });

  it('sends a wecom notice without marking anything forwarded, and never twice', async () => {
    const id = await t.applicationWith([t.message('wecom', { areaId: '150822100', markdown: '新举报' })]);
    await t.dispatcher().runOnce();
    expect((await t.stored(id)).forwardedAt).toBeNull();
    expect(t.wecom.received('bayan-key').map((m) => m.content)).toEqual(['新举报']);

    t.advance(24 * 3600_000);
    expect(await t.dispatcher().runOnce()).toMatchObject({ documents: 0 });
    expect(t.wecom.calls()).toBe(1);
  });

  it('uses the nearest ancestor’s webhook when an area has none', async () => {
    // The village's township (Bayan Gol) has a robot; Shajin Taohai sumu and its gacha have none: the county's.
    const village = forward('150822101');
    const sumu = forward('150822200');
    const gacha = t.message('wecom', { areaId: '150822201', markdown: '嘎查上报' });
    await t.applicationWith([village, sumu, gacha]);
    await t.dispatcher().runOnce();
    expect(t.wecom.received('bayan-key').map((m) => m.messageId)).toEqual([village.id]);
    expect(t.wecom.received('county-key').map((m) => m.messageId)).toEqual([sumu.id, gacha.id]);
  });

  it('skips, with a warning, a notice for an area with no webhook on its way up', async () => {
    const countyless = forward('150822100');
    const id = await t.applicationWith([countyless]);
    const counts = await t.dispatcher({}, { WECOM_WEBHOOKS: new Map() }).runOnce();
    expect(counts).toMatchObject({ sent: 0, skipped: 1 });
    const stored = await t.stored(id);
    expect(stored.outbox[0]).toMatchObject({
      status: 'skipped',
      lastError: expect.stringContaining('150822100'),
    });
    expect(stored.forwardedAt).toBeNull();
    expect(stored.outboxDueAt).toBeNull();
    expect(t.logs.find((l) => l.level === WARN && l.areaId === '150822100')?.msg).toMatch(/WECOM_WEBHOOKS/);
    expect(t.wecom.calls()).toBe(0);
  });

  it('cuts markdown to the 4096 bytes WeCom accepts without splitting a character', async () => {
    await t.applicationWith([t.message('forward', { areaId: '150822100', markdown: '救'.repeat(2000) })]);
    expect(await t.dispatcher().runOnce()).toMatchObject({ sent: 1 });
    const [received] = t.wecom.received('bayan-key');
    expect(Buffer.byteLength(received!.content)).toBeLessThanOrEqual(4096);
    expect(received!.content).toBe(`${'救'.repeat(1364)}…`);
  });

  it('sends a subscribe message to the resident’s openid with the shared access token', async () => {
    const tokensBefore = t.wechat.tokenCalls();
    const message = progress({
      thing1: `低保${'😀'.repeat(20)}`,
      phrase2: '审核确认中了吧',
      character_string3: 'DK-2026-0001',
    });
    const id = await t.applicationWith([message]);
    expect(await t.dispatcher().runOnce()).toMatchObject({ sent: 1 });

    expect(t.wechat.messages.at(-1)).toEqual({
      touser: 'openid-of-batu',
      template_id: TEMPLATE_ID,
      page: 'pages/case/detail?id=1',
      data: {
        thing1: { value: `低保${'😀'.repeat(17)}…` },
        phrase2: { value: '审核确认…' },
        character_string3: { value: 'DK-2026-0001' },
      },
      miniprogram_state: 'formal',
      lang: 'zh_CN',
    });
    expect((await t.stored(id)).outbox[0]).toMatchObject({ status: 'sent', attempts: 1 });

    // Another process (another dispatcher with its own senders) uses the token cached in Redis.
    await t.applicationWith([progress()]);
    expect(await t.dispatcher().runOnce()).toMatchObject({ sent: 1 });
    expect(t.wechat.tokenCalls() - tokensBefore).toBe(1);
  });

  it('skips for good a resident who has not subscribed (43101)', async () => {
    const { residentId: refusing } = await residentForOpenid('openid-of-sarna', t.app.runtime.deps.crypto);
    t.wechat.refuse('openid-of-sarna');
    const sent = t.wechat.messages.length;
    const id = await t.applicationWith([
      t.message('subscribe', { residentId: refusing, page: 'pages/case/detail', data: { thing1: '低保' } }),
    ]);
    expect(await t.dispatcher().runOnce()).toMatchObject({ skipped: 1, retrying: 0 });
    const stored = await t.stored(id);
    expect(stored.outbox[0]).toMatchObject({
      status: 'skipped',
      attempts: 1,
      lastError: expect.stringMatching(/43101/),
    });
    expect(stored.outboxDueAt).toBeNull();

    const calls = t.wechat.calls.length;
    t.advance(48 * 3600_000);
    expect(await t.dispatcher().runOnce()).toMatchObject({ documents: 0 });
    expect(t.wechat.calls.length).toBe(calls);
    expect(t.wechat.messages.length).toBe(sent);
  });

  it('drops an expired token and sends once more with a fresh one', async () => {
    await t.applicationWith([progress()]);
    await t.dispatcher().runOnce(); // a token is cached now
    t.wechat.expireTokens();
    const tokens = t.wechat.tokenCalls();
    const sent = t.wechat.messages.length;

    const id = await t.applicationWith([progress()]);
    expect(await t.dispatcher().runOnce()).toMatchObject({ sent: 1, retrying: 0 });
    expect(t.wechat.tokenCalls()).toBe(tokens + 1);
    expect(t.wechat.messages.length).toBe(sent + 1);
    expect((await t.stored(id)).outbox[0]).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('skips a subscribe message to a resident that does not exist', async () => {
    const id = await t.applicationWith([
      t.message('subscribe', {
        residentId: 'aaaaaaaaaaaaaaaaaaaaaaaa',
        page: 'pages/index',
        data: { thing1: '低保' },
      }),
    ]);
    expect(await t.dispatcher().runOnce()).toMatchObject({ skipped: 1 });
    expect((await t.stored(id)).outbox[0]!.lastError).toMatch(/no resident/);
  });

  it('skips with a warning while WeChat subscribe messages are not configured', async () => {
    const calls = t.wechat.calls.length;
    const id = await t.applicationWith([progress()]);
    expect(await t.dispatcher({}, { WECHAT_SUBSCRIBE_TEMPLATE_ID: undefined }).runOnce()).toMatchObject({
      skipped: 1,
    });
    await t.applicationWith([progress()]);
    expect(await t.dispatcher({}, { WECHAT_APPID: undefined }).runOnce()).toMatchObject({ skipped: 1 });
    expect((await t.stored(id)).outbox[0]).toMatchObject({
      status: 'skipped',
      lastError: expect.any(String),
    });
    expect(t.logs.filter((l) => l.level === WARN && /not configured/.test(l.msg))).toHaveLength(2);
    expect(t.wechat.calls.length).toBe(calls);
  });

  it('records each message of a document on its own and keeps the document due for the one left', async () => {
    t.wecom.failNext(1, { status: 500 });
    const first = forward();
    const second = t.message('wecom', { areaId: '150822100', markdown: '第二条' });
    const id = await t.applicationWith([first, second]);
    expect(await t.dispatcher().runOnce()).toMatchObject({ documents: 1, sent: 1, retrying: 1 });
    const stored = await t.stored(id);
    expect(stored.outbox.map((m) => m.status)).toEqual(['pending', 'sent']);
    expect(stored.forwardedAt).toBeNull();
    expect(stored.outboxDueAt).toEqual(stored.outbox[0]!.nextAttemptAt);
    expect(stored.outboxDueAt!.getTime()).toBeGreaterThan(t.clock.now.getTime());
  });

  it('fails at once, logged as an error, a stored message no sender can take', async () => {
    const good = forward();
    const created = await Application.create({
      jurisdiction: 'dengkou',
      areaId: '150822101',
      areaPath: ['150822', '150822100', '150822101'],
      programs: ['dibao'],
      createdBy: { kind: 'system', id: 'test' },
      outbox: [
        { ...good, id: 'bad-kind', kind: 'fax' },
        { ...good, id: 'bad-payload', payload: { areaId: '150822100' } },
        good,
      ],
      outboxDueAt: t.clock.now,
    });
    expect(await t.dispatcher().runOnce()).toMatchObject({ sent: 1, failed: 2, retrying: 0 });
    const stored = await t.stored(String(created._id));
    expect(stored.outbox.map((m) => [m.status, m.lastError])).toEqual([
      ['failed', 'no sender for kind "fax"'],
      ['failed', expect.stringMatching(/invalid payload.*markdown/s)],
      ['sent', null],
    ]);
    expect(t.logs.filter((l) => l.level === ERROR)).toHaveLength(2);
  });

  it('refuses to build a message with a malformed payload', () => {
    expect(() => outboxMessage('forward', { areaId: '150822100', markdown: '  ' })).toThrow();
    expect(() => outboxMessage('wecom', { areaId: 'no such/area', markdown: 'x' })).toThrow();
    expect(() =>
      outboxMessage('subscribe', { residentId: 'batu', page: 'pages/index', data: { thing1: '低保' } }),
    ).toThrow();
    expect(() => outboxMessage('subscribe', { residentId, page: 'pages/index', data: {} })).toThrow();
    expect(() =>
      outboxMessage('subscribe', { residentId, page: 'pages/index', data: { 'thing 1': 'x' } }),
    ).toThrow();
  });

  it('is built at boot and delivers on the real clock', async () => {
    const message = outboxMessage('forward', { areaId: '150822100', markdown: '启动时构建' });
    const id = await t.applicationWith([message]);
    await Application.updateOne({ _id: id }, { $set: { outboxDueAt: new Date() } });
    expect(await t.app.runtime.deps.outbox.runOnce()).toMatchObject({ sent: 1 });
    expect((await t.stored(id)).forwardedAt).not.toBeNull();
  });
});
