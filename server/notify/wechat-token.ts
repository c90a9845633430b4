import type Redis from 'ioredis';
import { z } from 'zod';
import { callJson } from './http-call';

/** Refresh this long before WeChat says the token expires. */
const MARGIN_SECONDS = 300;

const tokenReply = z.object({
  access_token: z.string().min(1).optional(),
  expires_in: z.number().int().positive().optional(),
  errcode: z.number().optional(),
  errmsg: z.string().optional(),
});

// Deletes the cached token only if it is still the one found bad, not a fresher one another process stored.
const DROP_IF_SAME = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

export interface WeChatAccessToken {
  /** The cached token, or a new one from WeChat; throws when WeChat will not give one. */
  get(): Promise<string>;
  /** Forgets a token WeChat refused (40001, 42001, 40014), so the next get() fetches a fresh one. */
  drop(token: string): Promise<void>;
}

/**
 * The mini-program's access token (GET /cgi-bin/token, grant_type=client_credential), cached in Redis until a
 * few minutes before it expires so every process uses the same one. Processes that find no token at the same
 * time each fetch one; that is harmless, since WeChat keeps the previous token valid for five more minutes.
 */
export function weChatAccessToken(opts: {
  baseUrl: string;
  appId: string;
  secret: string;
  redis: Redis;
  timeoutMs: number;
}): WeChatAccessToken {
  const key = `wechat:access-token:${opts.appId}`;
  let fetching: Promise<string> | null = null;

  const fetchToken = async () => {
    const url = new URL('/cgi-bin/token', opts.baseUrl);
    url.search = new URLSearchParams({
      grant_type: 'client_credential',
      appid: opts.appId,
      secret: opts.secret,
    }).toString();
    const answer = await callJson(url, { timeoutMs: opts.timeoutMs });
    if ('error' in answer) throw new Error(`WeChat token: ${answer.error}`);
    const reply = tokenReply.safeParse(answer.body);
    if (!reply.success || !reply.data.access_token || !reply.data.expires_in) {
      const { errcode, errmsg } = reply.success ? reply.data : {};
      throw new Error(`WeChat token refused: errcode ${errcode ?? '?'} ${errmsg ?? ''}`.trim());
    }
    const { access_token: token, expires_in: ttl } = reply.data;
    await opts.redis.set(key, token, 'EX', Math.max(60, ttl - MARGIN_SECONDS));
    return token;
  };

  return {
    async get() {
      const cached = await opts.redis.get(key);
      if (cached) return cached;
      // One request per process at a time.
      fetching ??= fetchToken().finally(() => {
        fetching = null;
      });
      return fetching;
    },
    async drop(token) {
      await opts.redis.eval(DROP_IF_SAME, 1, key, token);
    },
  };
}
