import fs from 'node:fs';
import path from 'node:path';
import { validate as validCron } from 'node-cron';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const list = z.string().transform((v) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);

const base64Key = z
  .string()
  .refine((v) => Buffer.from(v, 'base64').length === 32, 'a base64-encoded 32-byte key');

/**
 * Field-encryption keys: "id1:base64key,id2:base64key". The first one encrypts;
 * all of them decrypt, so keys can be rotated without re-encrypting at once.
 */
const keyRing = z.string().transform((v, ctx) => {
  const keys: { id: string; key: Buffer }[] = [];
  for (const part of v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [id, key] = part.split(':');
    if (!id || !key || !/^[A-Za-z0-9_-]{1,32}$/.test(id) || Buffer.from(key, 'base64').length !== 32) {
      ctx.addIssue({ code: 'custom', message: 'expected "keyId:base64-32-byte-key[,keyId:key…]"' });
      return z.NEVER;
    }
    keys.push({ id, key: Buffer.from(key, 'base64') });
  }
  if (keys.length === 0) {
    ctx.addIssue({ code: 'custom', message: 'at least one key is required' });
    return z.NEVER;
  }
  return keys;
});

/**
 * WeCom group-robot webhooks by area: "areaId=url,areaId=url". An area without one uses its nearest
 * ancestor's (the county's, say).
 */
const webhooks = z.string().transform((v, ctx) => {
  const byArea = new Map<string, string>();
  for (const part of v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const eq = part.indexOf('=');
    const areaId = part.slice(0, eq).trim();
    const url = z.url({ protocol: /^https?$/ }).safeParse(part.slice(eq + 1).trim());
    if (eq < 1 || !/^[A-Za-z0-9_-]{1,40}$/.test(areaId) || !url.success) {
      ctx.addIssue({ code: 'custom', message: `expected "areaId=https://…[,areaId=url…]", got "${part}"` });
      return z.NEVER;
    }
    if (byArea.has(areaId)) {
      ctx.addIssue({ code: 'custom', message: `area ${areaId} is given twice` });
      return z.NEVER;
    }
    byArea.set(areaId, url.data);
  }
  return byArea as ReadonlyMap<string, string>;
});

const cronOrOff = z.string().refine((v) => v === 'off' || validCron(v), "a node-cron expression, or 'off'");

// Fixed development keys: usable only when NODE_ENV is not production (checked below).
const DEV_FIELD_KEYS = 'dev1:ZGV2ZWxvcG1lbnQtb25seS1maWVsZC1rZXktMzJieXQ=';
const DEV_INDEX_KEY = 'ZGV2ZWxvcG1lbnQtb25seS1pbmRleC1rZXktMzJieXQ=';
const DEV_RATE_LIMIT_SECRET = 'ZGV2ZWxvcG1lbnQtb25seS1yYXRlLWxpbWl0LWtleTE=';

export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    DATA_DIR: z.string().default('data'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

    MONGODB_URI: z.url({ protocol: /^mongodb(\+srv)?$/ }).optional(),
    MONGODB_DB: z
      .string()
      .regex(/^[A-Za-z0-9_-]+$/)
      .default('social_assistance'),
    EMBEDDED_STORE_PORT: z.coerce.number().int().min(0).max(65535).default(27027),
    REDIS_URL: z.url({ protocol: /^rediss?$/ }).default('redis://127.0.0.1:6379'),
    REDIS_KEY_PREFIX: z.string().default('sa:'),

    CORS_ORIGINS: list.default([]),
    BODY_LIMIT: z
      .string()
      .regex(/^\d+(kb|mb)$/i)
      .default('1mb'),
    TRUST_PROXY: bool.default(false),

    FIELD_ENCRYPTION_KEYS: keyRing.prefault(DEV_FIELD_KEYS),
    BLIND_INDEX_KEY: base64Key.default(DEV_INDEX_KEY),
    /** Rate-limit and sign-in counters are keyed by an HMAC of the address under a daily key derived from this. */
    RATE_LIMIT_SECRET: base64Key.default(DEV_RATE_LIMIT_SECRET).transform((v) => Buffer.from(v, 'base64')),

    /** Folder of the policy packs; the packs shipped in flows/ by default. */
    POLICY_DIR: z.string().optional(),
    SCREENING_RATE_LIMIT: z.coerce.number().int().min(1).default(60),
    /** Reports one client may make per hour, and follow-ups (receipt code + secret) it may try per hour. */
    REPORT_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
    REPORT_FOLLOW_RATE_LIMIT: z.coerce.number().int().min(1).default(20),

    SESSION_TTL_SECONDS: z.coerce
      .number()
      .int()
      .min(60)
      .default(8 * 3600),
    /** Failed sign-ins of one account from one source before delays (doubling from 1 s) slow that source. */
    LOGIN_FREE_FAILURES: z.coerce.number().int().min(1).default(3),
    /** Failed sign-ins from one source, any account, in a day before the source itself is slowed. */
    LOGIN_SOURCE_FREE_FAILURES: z.coerce.number().int().min(1).default(20),
    LOGIN_MAX_DELAY_SECONDS: z.coerce.number().int().min(1).default(900),

    WECHAT_APPID: z.string().optional(),
    WECHAT_SECRET: z.string().optional(),
    WECHAT_API_BASE: z.url().default('https://api.weixin.qq.com'),
    DEV_LOGIN: bool.default(false),
    /**
     * Working days within which the township follows up a household found in hardship (主动发现报告). Seeds 002
     * and 004 say only 及时: these are local settings, not figures from the documents.
     */
    DISCOVERY_FOLLOW_UP_DAYS: z.coerce.number().int().min(1).max(30).default(5),
    DISCOVERY_URGENT_FOLLOW_UP_DAYS: z.coerce.number().int().min(1).max(30).default(1),
    /** The subscribe-message template that tells applicants how their case is going. */
    WECHAT_SUBSCRIBE_TEMPLATE_ID: z.string().min(1).optional(),
    WECHAT_MINIPROGRAM_STATE: z.enum(['formal', 'trial', 'developer']).default('formal'),
    WECOM_WEBHOOKS: webhooks.prefault(''),
    /** Where staff open the console; the WeCom message of a new case links to <base>/console/cases/<id>. */
    CONSOLE_BASE_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:3000'),
    /** Time limit of each call to WeChat or WeCom. */
    NOTIFY_TIMEOUT_MS: z.coerce.number().int().min(100).max(60000).default(10000),

    /** When the outbox dispatcher runs a pass (node-cron, seconds field allowed), besides after each change. */
    OUTBOX_CRON: z.string().refine(validCron, 'a node-cron expression').default('*/30 * * * * *'),
    OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(10),
    OUTBOX_RETRY_BASE_SECONDS: z.coerce.number().min(0.001).default(30),
    OUTBOX_RETRY_MAX_SECONDS: z.coerce.number().min(0.001).default(3600),
    OUTBOX_LEASE_SECONDS: z.coerce.number().min(1).default(120),

    /** The audit log's sealer: a round this often, at most this many entries a round, its lease on the log. */
    AUDIT_SEAL_INTERVAL_MS: z.coerce.number().int().min(10).max(60000).default(1000),
    AUDIT_SEAL_BATCH: z.coerce.number().int().min(1).max(50000).default(5000),
    AUDIT_SEAL_LEASE_SECONDS: z.coerce.number().min(1).default(30),
    /** A checkpoint (size, head hash) at most this often while entries are being sealed; each is logged. */
    AUDIT_CHECKPOINT_SECONDS: z.coerce.number().min(0).default(60),
    /** Sealing lag above which /readyz reports the audit log as behind. */
    AUDIT_MAX_LAG_SECONDS: z.coerce.number().min(1).default(30),
    /** Scheduled jobs (server/jobs), node-cron with seconds, China time; 'off' never runs one on schedule. */
    AUDIT_BULLETIN_CRON: cronOrOff.default('0 0 8 * * *'),
    DEADLINE_SWEEP_CRON: cronOrOff.default('0 30 7 * * *'),
    // Daily: the month's first run that is made tells each township (once a month), so a missed 1st costs a day.
    REVIEW_REMINDER_CRON: cronOrOff.default('0 0 8 * * *'),
    PAYMENT_CUTOFF_CRON: cronOrOff.default('0 0 18 * * *'),

    /** Where uploaded files are kept (always sealed): `<DATA_DIR>/uploads`, or an S3-compatible bucket. */
    STORAGE_BACKEND: z.enum(['local', 's3']).default('local'),
    S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
    S3_BUCKET: z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/)
      .optional(),
    S3_REGION: z.string().min(1).optional(),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_FORCE_PATH_STYLE: bool.default(false),
    UPLOAD_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(10 * 1024 * 1024),
    UPLOAD_MAX_PIXELS: z.coerce.number().int().min(1).default(40_000_000),
    /** The leftovers sweep: when it runs (node-cron), and how old an unnamed blob or temp file must be to go. */
    SWEEP_CRON: z.string().refine(validCron, 'a node-cron expression').default('0 30 3 * * *'),
    SWEEP_GRACE_HOURS: z.coerce.number().min(0).default(24),
    /** The CJK font of generated PDFs (Debian fonts-noto-cjk), and the face's PostScript name in a .ttc. */
    FONT_CJK_PATH: z.string().min(1).default('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'),
    FONT_CJK_NAME: z.string().min(1).default('NotoSansCJKsc-Regular'),

    /** The chat bot (bot/): `npm start` also starts it when adapters are named (wechaty, official-account). */
    BOT_ADAPTERS: list.default([]),
    /** Where case updates are pushed to bound chats (the bot's /push), signed with BOT_PUSH_SECRET. */
    BOT_PUSH_URL: z.url({ protocol: /^https?$/ }).optional(),
    BOT_PUSH_SECRET: z.string().min(16).optional(),
    /** How long a chat-binding code (shown in the mini-program) and a pre-screen hand-off code stay valid. */
    CHAT_CODE_TTL_SECONDS: z.coerce.number().int().min(60).max(86400).default(900),
    HANDOFF_TTL_SECONDS: z.coerce.number().int().min(60).max(86400).default(1800),
    /** Binding attempts and hand-off reads one client may make per hour (each tries a code). */
    CHAT_CODE_RATE_LIMIT: z.coerce.number().int().min(1).default(30),
  })
  .superRefine((c, ctx) => {
    // A subscribe message can take four calls (token, send, fresh token, send again); the lease is renewed
    // at half time, so half a lease must outlast them or a second process could send the message too.
    if (c.OUTBOX_LEASE_SECONDS * 1000 < 8 * c.NOTIFY_TIMEOUT_MS) {
      ctx.addIssue({
        code: 'custom',
        path: ['OUTBOX_LEASE_SECONDS'],
        message: `must be at least 8 × NOTIFY_TIMEOUT_MS (${(8 * c.NOTIFY_TIMEOUT_MS) / 1000} s)`,
      });
    }
    if (c.OUTBOX_RETRY_MAX_SECONDS < c.OUTBOX_RETRY_BASE_SECONDS) {
      ctx.addIssue({
        code: 'custom',
        path: ['OUTBOX_RETRY_MAX_SECONDS'],
        message: 'must not be less than OUTBOX_RETRY_BASE_SECONDS',
      });
    }
    if (c.STORAGE_BACKEND === 's3') {
      const s3 = [
        'S3_ENDPOINT',
        'S3_BUCKET',
        'S3_REGION',
        'S3_ACCESS_KEY_ID',
        'S3_SECRET_ACCESS_KEY',
      ] as const;
      for (const name of s3) {
        if (!c[name])
          ctx.addIssue({ code: 'custom', path: [name], message: 'required when STORAGE_BACKEND=s3' });
      }
    }
    if (c.BOT_PUSH_URL && !c.BOT_PUSH_SECRET)
      ctx.addIssue({ code: 'custom', path: ['BOT_PUSH_SECRET'], message: 'required with BOT_PUSH_URL' });
    if (c.NODE_ENV !== 'production') return;
    const dev = [
      ['FIELD_ENCRYPTION_KEYS', c.FIELD_ENCRYPTION_KEYS.some((k) => k.id === 'dev1')],
      [
        'BLIND_INDEX_KEY',
        Buffer.from(c.BLIND_INDEX_KEY, 'base64').equals(Buffer.from(DEV_INDEX_KEY, 'base64')),
      ],
      ['RATE_LIMIT_SECRET', c.RATE_LIMIT_SECRET.equals(Buffer.from(DEV_RATE_LIMIT_SECRET, 'base64'))],
      ['DEV_LOGIN', c.DEV_LOGIN],
      ['MONGODB_URI', !c.MONGODB_URI],
      ['CONSOLE_BASE_URL', /^https?:\/\/(127\.0\.0\.1|localhost)(:|\/|$)/.test(c.CONSOLE_BASE_URL)],
    ] as const;
    for (const [name, bad] of dev) {
      if (bad) ctx.addIssue({ code: 'custom', path: [name], message: 'must be set to a production value' });
    }
  });

export type Config = z.infer<typeof configSchema> & { dataDir: string };

export class ConfigError extends Error {}

/** Validates the environment; a bad value names the variable and what is expected. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return { ...result.data, dataDir: path.resolve(result.data.DATA_DIR) };
}

/** Reads a .env file from the working folder, if there is one; the real environment wins. */
export function loadDotEnv(file = '.env'): void {
  if (fs.existsSync(file)) process.loadEnvFile(file);
}
