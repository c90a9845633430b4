import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SubscribeMessage {
  touser: string;
  template_id: string;
  page: string;
  data: Record<string, { value: string }>;
  miniprogram_state: string;
  lang: string;
}

/** WeChat's limits on template values, by the kind of key. */
const LIMITS: Record<string, number> = { thing: 20, phrase: 5, character_string: 32, number: 32, letter: 32 };

/**
 * A local server speaking WeChat's protocols:
 * - GET /sns/jscode2session with appid, secret, js_code and grant_type → { openid, session_key } (sign-in);
 * - GET /cgi-bin/token with grant_type=client_credential, appid, secret → { access_token, expires_in };
 * - POST /cgi-bin/message/subscribe/send?access_token=… → { errcode: 0, msgid } — 40001 for an unknown token,
 *   42001 for an expired one, 43101 for a user who has not subscribed, 40037 for another template, 47003 for a
 *   value over the template's limit.
 * - POST /cgi-bin/message/custom/send?access_token=… with { touser, msgtype: 'text', text: { content } } → { errcode: 0 }
 *   (the Official Account's customer-service message), recorded in `customMessages`.
 * Every reply is JSON sent as text/plain, as WeChat does. Errors are { errcode, errmsg }.
 */
export async function startWeChatServer(opts: {
  appId: string;
  secret: string;
  codes?: Record<string, string>;
  templateId?: string;
}) {
  const used = new Set<string>();
  const calls: URLSearchParams[] = [];
  const tokens = new Map<string, 'valid' | 'expired'>();
  const refusing = new Set<string>();
  const failures: number[] = [];
  const messages: SubscribeMessage[] = [];
  const customMessages: { touser: string; content: string }[] = [];
  let tokenCalls = 0;

  const credentialsWrong = (q: URLSearchParams) =>
    q.get('appid') !== opts.appId || q.get('secret') !== opts.secret;

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const q = url.searchParams;
      calls.push(q);
      const reply = (body: object) => {
        res.setHeader('Content-Type', 'text/plain'); // WeChat really answers JSON as text/plain
        res.end(JSON.stringify(body));
      };
      const error = (errcode: number, errmsg: string) => reply({ errcode, errmsg });

      if (url.pathname === '/sns/jscode2session') {
        if (credentialsWrong(q)) return error(40125, 'invalid appsecret');
        if (q.get('grant_type') !== 'authorization_code') return error(40002, 'invalid grant_type');
        const code = q.get('js_code') ?? '';
        if (used.has(code)) return error(40163, 'code been used');
        const openid = opts.codes?.[code];
        if (!openid) return error(40029, 'invalid code');
        used.add(code);
        return reply({ openid, session_key: 'c2Vzc2lvbi1rZXk=' });
      }

      if (url.pathname === '/cgi-bin/token' && req.method === 'GET') {
        tokenCalls++;
        if (q.get('grant_type') !== 'client_credential') return error(40002, 'invalid grant_type');
        if (credentialsWrong(q)) return error(40125, 'invalid appsecret');
        const token = randomBytes(12).toString('hex');
        tokens.set(token, 'valid');
        return reply({ access_token: token, expires_in: 7200 });
      }

      if (url.pathname === '/cgi-bin/message/subscribe/send' && req.method === 'POST') {
        const state = tokens.get(q.get('access_token') ?? '');
        if (!state) return error(40001, 'invalid credential, access_token is invalid or not latest');
        if (state === 'expired') return error(42001, 'access_token expired');
        let body: SubscribeMessage;
        try {
          body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
          return error(47001, 'data format error');
        }
        const failure = failures.shift();
        if (failure) return error(failure, 'failure asked for by the test');
        if (!body.touser) return error(40003, 'invalid openid');
        if (body.template_id !== opts.templateId) return error(40037, 'invalid template_id');
        for (const [key, { value }] of Object.entries(body.data ?? {})) {
          const limit = LIMITS[key.replace(/\d+$/, '')];
          if (typeof value !== 'string' || (limit && Array.from(value).length > limit)) {
            return error(47003, `argument invalid! data.${key}.value invalid`);
          }
        }
        if (refusing.has(body.touser)) return error(43101, 'user refuse to accept the msg');
        messages.push(body);
        return reply({ errcode: 0, errmsg: 'ok', msgid: messages.length });
      }

      if (url.pathname === '/cgi-bin/message/custom/send' && req.method === 'POST') {
        const state = tokens.get(q.get('access_token') ?? '');
        if (!state) return error(40001, 'invalid credential, access_token is invalid or not latest');
        if (state === 'expired') return error(42001, 'access_token expired');
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
          touser?: string;
          msgtype?: string;
          text?: { content?: string };
        };
        if (!body.touser) return error(40003, 'invalid openid');
        if (body.msgtype !== 'text' || !body.text?.content) return error(40008, 'invalid message type');
        customMessages.push({ touser: body.touser, content: body.text.content });
        return reply({ errcode: 0, errmsg: 'ok' });
      }

      error(40066, 'invalid url');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    /** The query of every request. */
    calls,
    /** Subscribe messages accepted. */
    messages,
    /** Customer-service messages accepted (Official Account). */
    customMessages,
    tokenCalls: () => tokenCalls,
    /** Every token issued so far is now expired (42001). */
    expireTokens() {
      for (const token of tokens.keys()) tokens.set(token, 'expired');
    },
    /** This user has not subscribed: sends to them answer 43101. */
    refuse(openid: string) {
      refusing.add(openid);
    },
    /** The next `count` subscribe sends answer this errcode. */
    failNext(count: number, errcode: number) {
      for (let i = 0; i < count; i++) failures.push(errcode);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export type WeChatServer = Awaited<ReturnType<typeof startWeChatServer>>;
