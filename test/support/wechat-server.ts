import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local server speaking WeChat's jscode2session protocol: GET /sns/jscode2session with
 * appid, secret, js_code and grant_type; answers { openid, session_key } or { errcode, errmsg }.
 */
export async function startWeChatServer(opts: {
  appId: string;
  secret: string;
  codes: Record<string, string>;
}) {
  const used = new Set<string>();
  const calls: URLSearchParams[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const q = url.searchParams;
    calls.push(q);
    const reply = (body: object) => {
      res.setHeader('Content-Type', 'text/plain'); // WeChat really answers JSON as text/plain
      res.end(JSON.stringify(body));
    };
    if (url.pathname !== '/sns/jscode2session') return reply({ errcode: 40066, errmsg: 'invalid url' });
    if (q.get('appid') !== opts.appId || q.get('secret') !== opts.secret) {
      return reply({ errcode: 40125, errmsg: 'invalid appsecret' });
    }
    if (q.get('grant_type') !== 'authorization_code')
      return reply({ errcode: 40002, errmsg: 'invalid grant_type' });
    const code = q.get('js_code') ?? '';
    if (used.has(code)) return reply({ errcode: 40163, errmsg: 'code been used' });
    const openid = opts.codes[code];
    if (!openid) return reply({ errcode: 40029, errmsg: 'invalid code' });
    used.add(code);
    reply({ openid, session_key: 'c2Vzc2lvbi1rZXk=' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    calls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
