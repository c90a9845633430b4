import path from 'node:path';
import { z } from 'zod';

const list = z.string().transform((v) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);

/** WeCom group robots by place (policy pack id): "yichun=https://…,dengkou=https://…". */
const robots = z.string().transform((v, ctx) => {
  const byPlace = new Map<string, string>();
  for (const part of v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const eq = part.indexOf('=');
    const place = part.slice(0, eq).trim();
    const url = z.url({ protocol: /^https?$/ }).safeParse(part.slice(eq + 1).trim());
    if (eq < 1 || !/^[a-z0-9_-]{1,40}$/.test(place) || !url.success) {
      ctx.addIssue({ code: 'custom', message: `expected "place=https://…[,place=url…]", got "${part}"` });
      return z.NEVER;
    }
    byPlace.set(place, url.data);
  }
  return byPlace as ReadonlyMap<string, string>;
});

export const ADAPTERS = ['wechaty', 'official-account'] as const;

// A fixed development key, as the server has: refused when NODE_ENV is production (checked below).
const DEV_STATE_KEY = 'ZGV2ZWxvcG1lbnQtb25seS1ib3Qtc3RhdGUta2V5MzI=';

const STATE_KEY_MESSAGE = 'a base64-encoded 32-byte key';
const isStateKey = (v: string) => Buffer.from(v, 'base64').length === 32;

/** The bot's configuration: its own BOT_* variables (the server's are never read here). */
export const botConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** The backend the bot asks: everything it says comes from there. */
    BOT_API_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:3000'),
    BOT_ADAPTERS: list.pipe(z.array(z.enum(ADAPTERS))).default([]),
    BOT_REDIS_URL: z.url({ protocol: /^rediss?$/ }).default('redis://127.0.0.1:6379'),
    BOT_REDIS_PREFIX: z.string().default('bot:'),
    /** Seals the case credentials kept in the chat state (AES-256-GCM): base64 of 32 random bytes. */
    BOT_STATE_KEY: z
      .string()
      .refine(isStateKey, STATE_KEY_MESSAGE)
      .default(DEV_STATE_KEY)
      .transform((v) => Buffer.from(v, 'base64')),
    /**
     * Keys BOT_STATE_KEY replaced, comma-separated: they still open what they sealed, and a chat's next message
     * seals it again under BOT_STATE_KEY. Drop one once BOT_STATE_TTL_SECONDS has passed since the change.
     */
    BOT_STATE_KEYS_RETIRED: list
      .pipe(z.array(z.string().refine(isStateKey, STATE_KEY_MESSAGE)))
      .default([])
      .transform((keys) => keys.map((v) => Buffer.from(v, 'base64'))),
    /** How long a chat's place, bindings and language are remembered after its last message. */
    BOT_STATE_TTL_SECONDS: z.coerce
      .number()
      .int()
      .min(60)
      .default(30 * 24 * 3600),
    /** A dialogue (pre-screen, report) left this long starts over. */
    BOT_DIALOGUE_IDLE_SECONDS: z.coerce.number().int().min(30).default(1800),
    /** Messages one chat may send a minute before the bot asks it to slow down. */
    BOT_RATE_LIMIT: z.coerce.number().int().min(1).default(20),
    BOT_MAX_TEXT: z.coerce.number().int().min(20).default(500),
    /** Folder with the policy packs and their questions.yaml files. */
    BOT_FLOWS_DIR: z.string().default('flows'),
    BOT_WECOM_WEBHOOKS: robots.prefault(''),

    /** The bot's HTTP listener: the Official Account webhook and the server's pushes. */
    BOT_HOST: z.string().default('127.0.0.1'),
    BOT_PORT: z.coerce.number().int().min(0).max(65535).default(3100),
    /** Shared with the server (BOT_PUSH_SECRET there too): pushes are signed with it (HMAC-SHA256). */
    BOT_PUSH_SECRET: z.string().min(16).optional(),

    BOT_WECHATY_NAME: z.string().default('social-assistance-bot'),
    /** The Wechaty puppet package, e.g. wechaty-puppet-service; its token in BOT_WECHATY_PUPPET_TOKEN. */
    BOT_WECHATY_PUPPET: z.string().default('wechaty-puppet-service'),
    BOT_WECHATY_PUPPET_TOKEN: z.string().optional(),

    BOT_OA_PATH: z.string().startsWith('/').default('/wechat'),
    BOT_OA_TOKEN: z.string().min(3).max(32).optional(),
    BOT_OA_APPID: z.string().optional(),
    BOT_OA_SECRET: z.string().optional(),
    /** 43 characters from the Official Account settings; set for safe mode (安全模式). */
    BOT_OA_AES_KEY: z
      .string()
      .regex(/^[A-Za-z0-9+/]{43}$/)
      .optional(),
    BOT_OA_API_BASE: z.url().default('https://api.weixin.qq.com'),
    /** The webhook answers within this; a slower answer goes out by the customer-service message API. */
    BOT_OA_REPLY_WITHIN_MS: z.coerce.number().int().min(100).max(4500).default(4000),
  })
  .superRefine((c, ctx) => {
    if (c.NODE_ENV === 'production' && c.BOT_STATE_KEY.equals(Buffer.from(DEV_STATE_KEY, 'base64')))
      ctx.addIssue({ code: 'custom', path: ['BOT_STATE_KEY'], message: 'must be set to a production value' });
    if (c.BOT_ADAPTERS.includes('official-account')) {
      for (const name of ['BOT_OA_TOKEN', 'BOT_OA_APPID', 'BOT_OA_SECRET'] as const)
        if (!c[name])
          ctx.addIssue({
            code: 'custom',
            path: [name],
            message: 'required with the official-account adapter',
          });
    }
  });

export type BotConfig = z.infer<typeof botConfigSchema> & { flowsDir: string };

export class BotConfigError extends Error {}

export function loadBotConfig(env: NodeJS.ProcessEnv = process.env): BotConfig {
  const result = botConfigSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new BotConfigError(`Invalid bot configuration:\n${lines.join('\n')}`);
  }
  return { ...result.data, flowsDir: path.resolve(result.data.BOT_FLOWS_DIR) };
}
