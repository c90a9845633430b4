import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Application } from '../../server/applications/application-model';
import { residentForOpenid } from '../../server/identity/residents';
import { retryDelayMs } from '../../server/outbox/dispatcher';
import { startWeComServer } from '../support/wecom-server';
import { ERROR, useOutboxTest } from './setup';

const t = useOutboxTest();

const SECOND = 1000;
const forward = () => t.message('forward', { areaId: '150822100', markdown: '转交：低保申请' });

describe('retries', () => {
  it('backs off from 30 s, doubling, capped at an hour, with jitter of a quarter either way', () => {
    const delays = [1, 2, 3, 7, 8, 20].map((n) => retryDelayMs(n, 30 * SECOND, 3600 * SECOND, () => 0.5));
    expect(delays).toEqual([30, 60, 120, 1920, 3600, 3600].map((s) => s * SECOND));
    expect(retryDelayMs(2, 30 * SECOND, 3600 * SECOND, () => 0)).toBe(45 * SECOND);
    expect(retryDelayMs(2, 30 * SECOND, 3600 * SECOND, () => 0.999999)).toBe(75 * SECOND);
    expect(retryDelayMs(9, 30 * SECOND, 3600 * SECOND, () => 0.999999)).toBe(3600 * SECOND);
  });

  it('retries after an HTTP 500, not before the backoff is over, then delivers', async () => {
    t.wecom.failNext(1, { status: 500 });
    const id = await t.applicationWith([forward()]);
    const dispatcher = t.dispatcher();
    const failedAt = t.clock.now;

    expect(await dispatcher.runOnce()).toMatchObject({ retrying: 1, sent: 0 });
    let stored = await t.stored(id);
    expect(stored.outbox[0]).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: expect.stringContaining('HTTP 500'),
      nextAttemptAt: new Date(failedAt.getTime() + 30 * SECOND),
    });
    expect(stored.outboxDueAt).toEqual(stored.outbox[0]!.nextAttemptAt);
    expect(stored.forwardedAt).toBeNull();

    t.advance(29 * SECOND);
    expect(await dispatcher.runOnce()).toMatchObject({ documents: 0 });
    t.advance(1 * SECOND);
    expect(await dispatcher.runOnce()).toMatchObject({ sent: 1 });
    stored = await t.stored(id);
    expect(stored.outbox[0]).toMatchObject({
      status: 'sent',
      attempts: 2,
      lastError: null,
      sentAt: t.clock.now,
    });
    expect(stored.forwardedAt).toEqual(t.clock.now);
    expect(stored.outboxDueAt).toBeNull();
    expect(t.wecom.received('bayan-key')).toHaveLength(1);
    expect(t.wecom.calls()).toBe(2);
  });

  it('retries after an errcode, waiting at least a minute when rate limited (45009)', async () => {
    t.wecom.failNext(1, { errcode: 45009, errmsg: 'api freq out of limit' });
    t.wecom.failNext(1, { errcode: 40008, errmsg: 'invalid message type' });
    const id = await t.applicationWith([forward()]);
    const dispatcher = t.dispatcher();
    const start = t.clock.now.getTime();

    await dispatcher.runOnce();
    let message = (await t.stored(id)).outbox[0]!;
    expect(message).toMatchObject({ attempts: 1, lastError: 'WeCom rate limit (45009)' });
    expect(message.nextAttemptAt.getTime() - start).toBe(60 * SECOND);

    t.advance(60 * SECOND);
    await dispatcher.runOnce();
    message = (await t.stored(id)).outbox[0]!;
    expect(message).toMatchObject({ attempts: 2, lastError: 'WeCom errcode 40008: invalid message type' });
    expect(message.nextAttemptAt.getTime() - t.clock.now.getTime()).toBe(60 * SECOND);

    t.advance(60 * SECOND);
    expect(await dispatcher.runOnce()).toMatchObject({ sent: 1 });
    expect((await t.stored(id)).outbox[0]).toMatchObject({ status: 'sent', attempts: 3 });
  });

  it('gives up after the last attempt: failed, logged as an error, never tried again', async () => {
    t.wecom.failNext(5, { status: 502 });
    const id = await t.applicationWith([forward()]);
    const dispatcher = t.dispatcher();
    for (let i = 0; i < 3; i++) {
      await dispatcher.runOnce();
      t.advance(3600 * SECOND);
    }
    const stored = await t.stored(id);
    expect(stored.outbox[0]).toMatchObject({
      status: 'failed',
      attempts: 3,
      lastError: expect.stringMatching(/502/),
    });
    expect(stored.outboxDueAt).toBeNull();
    expect(stored.forwardedAt).toBeNull();
    const errors = t.logs.filter((l) => l.level === ERROR);
    expect(errors.map((l) => [l.msg, l.attempts])).toEqual([
      ['outbox message failed after its last attempt', 3],
    ]);

    expect(await dispatcher.runOnce()).toMatchObject({ documents: 0 });
    expect(t.wecom.calls()).toBe(3);
  });

  it('keeps retrying a webhook WeCom calls invalid (93000), saying so clearly', async () => {
    const id = await t.applicationWith([forward()]);
    await t.dispatcher({}, { WECOM_WEBHOOKS: new Map([['150822', t.wecom.url('revoked-key')]]) }).runOnce();
    expect((await t.stored(id)).outbox[0]).toMatchObject({
      status: 'pending',
      lastError: 'invalid WeCom webhook URL for area 150822 (93000)',
    });
    expect(t.logs.find((l) => l.level === ERROR)?.msg).toMatch(/93000.*WECOM_WEBHOOKS/);
  });

  it('retries when WeCom does not answer in time or cannot be reached', async () => {
    const slow = await startWeComServer({ keys: ['slow'], delayMs: 500 });
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    try {
      const late = await t.applicationWith([forward()]);
      await t
        .dispatcher({}, { NOTIFY_TIMEOUT_MS: 100, WECOM_WEBHOOKS: new Map([['150822', slow.url('slow')]]) })
        .runOnce();
      expect((await t.stored(late)).outbox[0]!.lastError).toBe(
        'WeCom: 127.0.0.1:' + new URL(slow.url('slow')).port + ' did not answer within 100 ms',
      );

      await Application.deleteMany({});
      const unreachable = await t.applicationWith([forward()]);
      const url = `http://127.0.0.1:${port}/cgi-bin/webhook/send?key=x`;
      await t.dispatcher({}, { WECOM_WEBHOOKS: new Map([['150822', url]]) }).runOnce();
      expect((await t.stored(unreachable)).outbox[0]).toMatchObject({
        status: 'pending',
        lastError: expect.stringMatching(/unreachable: ECONNREFUSED$/),
      });
    } finally {
      await slow.close();
    }
  });

  it('retries a subscribe message WeChat refuses for a passing reason', async () => {
    const { residentId } = await residentForOpenid('openid-of-odgerel', t.app.runtime.deps.crypto);
    t.wechat.failNext(1, 45009);
    t.wechat.failNext(1, 47003);
    const id = await t.applicationWith([
      t.message('subscribe', { residentId, page: 'pages/case/detail', data: { thing1: '特困供养' } }),
    ]);
    const dispatcher = t.dispatcher();
    await dispatcher.runOnce();
    expect((await t.stored(id)).outbox[0]).toMatchObject({
      attempts: 1,
      lastError: 'WeChat rate limit (45009)',
    });
    t.advance(60 * SECOND);
    await dispatcher.runOnce();
    expect((await t.stored(id)).outbox[0]!.lastError).toMatch(/^WeChat errcode 47003/);
    t.advance(60 * SECOND);
    expect(await dispatcher.runOnce()).toMatchObject({ sent: 1 });
  });

  it('retries when WeChat will not give an access token, without revealing the secret', async () => {
    const { residentId } = await residentForOpenid('openid-of-odgerel', t.app.runtime.deps.crypto);
    await t.app.runtime.deps.redis.del('wechat:access-token:wx-test-app');
    const id = await t.applicationWith([
      t.message('subscribe', { residentId, page: 'pages/case/detail', data: { thing1: '特困供养' } }),
    ]);
    await t.dispatcher({}, { WECHAT_SECRET: 'wrong-secret' }).runOnce();
    const message = (await t.stored(id)).outbox[0]!;
    expect(message).toMatchObject({
      status: 'pending',
      lastError: 'WeChat token refused: errcode 40125 invalid appsecret',
    });
    expect(JSON.stringify(t.logs)).not.toContain('wrong-secret');
  });
});
