import { loadConfig } from '../../server/config';
import { dispatcherSettings } from '../../server/outbox/dispatcher';
import { truncateCodePoints, truncateUtf8 } from '../../server/notify/truncate';
import { templateData } from '../../server/notify/wechat-subscribe';

describe('outbox and notification configuration', () => {
  it('has working defaults: a pass every 30 s, 10 attempts from 30 s to an hour, nothing to send to', () => {
    const config = loadConfig({});
    expect(dispatcherSettings(config)).toEqual({
      maxAttempts: 10,
      retryBaseMs: 30_000,
      retryMaxMs: 3_600_000,
      leaseMs: 120_000,
      schedule: '*/30 * * * * *',
    });
    expect(config.WECOM_WEBHOOKS.size).toBe(0);
    expect(config.WECHAT_MINIPROGRAM_STATE).toBe('formal');
    expect(config.WECHAT_SUBSCRIBE_TEMPLATE_ID).toBeUndefined();
    expect(config.NOTIFY_TIMEOUT_MS).toBe(10_000);
  });

  it('reads the WeCom webhooks by area', () => {
    const key = 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa';
    const config = loadConfig({
      WECOM_WEBHOOKS: ` 150822=${key} ,150822100=http://relay.internal/robot?key=b, `,
    });
    expect([...config.WECOM_WEBHOOKS]).toEqual([
      ['150822', key],
      ['150822100', 'http://relay.internal/robot?key=b'],
    ]);
  });

  it.each([
    ['no area', 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=a'],
    ['an empty area', '=https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=a'],
    ['a bad area id', '150 822=https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=a'],
    ['no URL', '150822='],
    ['not a URL', '150822=qyapi.weixin.qq.com'],
    ['another scheme', '150822=ftp://qyapi.weixin.qq.com/robot'],
    ['an area twice', '150822=https://a.example/1,150822=https://a.example/2'],
  ])('refuses WECOM_WEBHOOKS with %s', (_case, value) => {
    expect(() => loadConfig({ WECOM_WEBHOOKS: value })).toThrow(/WECOM_WEBHOOKS: /);
  });

  it('refuses a bad schedule, state, timing or attempt count, naming the variable', () => {
    expect(() => loadConfig({ OUTBOX_CRON: 'every minute' })).toThrow(/OUTBOX_CRON: a node-cron expression/);
    expect(() => loadConfig({ OUTBOX_CRON: '61 * * * * *' })).toThrow(/OUTBOX_CRON/);
    expect(loadConfig({ OUTBOX_CRON: '0 */5 * * * *' }).OUTBOX_CRON).toBe('0 */5 * * * *');
    expect(() => loadConfig({ WECHAT_MINIPROGRAM_STATE: 'beta' })).toThrow(/WECHAT_MINIPROGRAM_STATE/);
    expect(() => loadConfig({ OUTBOX_MAX_ATTEMPTS: '0' })).toThrow(/OUTBOX_MAX_ATTEMPTS/);
    expect(() => loadConfig({ NOTIFY_TIMEOUT_MS: '50' })).toThrow(/NOTIFY_TIMEOUT_MS/);
    expect(() => loadConfig({ OUTBOX_RETRY_BASE_SECONDS: '600', OUTBOX_RETRY_MAX_SECONDS: '60' })).toThrow(
      /OUTBOX_RETRY_MAX_SECONDS: must not be less than OUTBOX_RETRY_BASE_SECONDS/,
    );
    expect(() => loadConfig({ OUTBOX_LEASE_SECONDS: '60', NOTIFY_TIMEOUT_MS: '10000' })).toThrow(
      /OUTBOX_LEASE_SECONDS: must be at least 8 × NOTIFY_TIMEOUT_MS \(80 s\)/,
    );
    expect(loadConfig({ OUTBOX_LEASE_SECONDS: '16', NOTIFY_TIMEOUT_MS: '2000' }).OUTBOX_LEASE_SECONDS).toBe(
      16,
    );
  });
});

describe('truncation', () => {
  it('cuts by code point, never inside a surrogate pair', () => {
    expect(truncateCodePoints('低保申请', 20)).toBe('低保申请');
    expect(truncateCodePoints('一二三四五六', 5)).toBe('一二三四…');
    expect(truncateCodePoints('😀😀😀😀😀😀', 3)).toBe('😀😀…');
    expect(truncateCodePoints('12345', 5)).toBe('12345');
  });

  it('cuts by UTF-8 bytes, never inside a character', () => {
    expect(truncateUtf8('abc', 3)).toBe('abc');
    expect(truncateUtf8('救助救助', 11)).toBe('救助…'); // 9 bytes of text + 3 of ellipsis would be 12
    expect(Buffer.byteLength(truncateUtf8('a'.repeat(5000), 4096))).toBe(4096);
  });

  it('fits template values to their kind: thing 20, phrase 5, others as given', () => {
    expect(
      templateData({
        thing1: '因'.repeat(21),
        phrase12: '审核确认中',
        phrase3: '审核确认中了',
        time4: '2026年3月2日 09:00',
      }),
    ).toEqual({
      thing1: { value: `${'因'.repeat(19)}…` },
      phrase12: { value: '审核确认中' },
      phrase3: { value: '审核确认…' },
      time4: { value: '2026年3月2日 09:00' },
    });
  });
});
