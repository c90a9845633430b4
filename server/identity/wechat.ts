import { z } from 'zod';
import { AppError } from '../http/errors';

/**
 * WeChat mini-program login: the code from wx.login() is exchanged at
 * GET {base}/sns/jscode2session for the user's openid. The session_key is not kept.
 */
const code2sessionReply = z.object({
  openid: z.string().min(1).optional(),
  errcode: z.number().optional(),
  errmsg: z.string().optional(),
});

export interface WeChatLogin {
  code2session(code: string): Promise<{ openid: string }>;
}

export function weChatLogin(opts: {
  baseUrl: string;
  appId?: string;
  secret?: string;
  timeoutMs?: number;
}): WeChatLogin {
  return {
    async code2session(code) {
      if (!opts.appId || !opts.secret) throw new AppError(503, 'wechat_not_configured');
      const url = new URL('/sns/jscode2session', opts.baseUrl);
      url.search = new URLSearchParams({
        appid: opts.appId,
        secret: opts.secret,
        js_code: code,
        grant_type: 'authorization_code',
      }).toString();
      let body: unknown;
      try {
        const res = await fetch(url, { signal: AbortSignal.timeout(opts.timeoutMs ?? 5000) });
        body = await res.json();
      } catch {
        throw new AppError(502, 'wechat_unreachable');
      }
      const reply = code2sessionReply.safeParse(body);
      if (!reply.success) throw new AppError(502, 'wechat_unreachable');
      const { openid, errcode } = reply.data;
      // 40029: invalid code; 40163: code already used; 40226: high-risk user blocked by WeChat.
      if (errcode === 40029 || errcode === 40163) throw new AppError(401, 'wechat_code_invalid');
      if (errcode === 45011) throw new AppError(429, 'rate_limited');
      if (errcode || !openid) throw new AppError(502, 'wechat_rejected', { errcode: errcode ?? 0 });
      return { openid };
    },
  };
}
