import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface WeComMessage {
  content: string;
  /** The X-Message-Id header the sender added. */
  messageId: string | undefined;
}

type Failure = { status: number } | { errcode: number; errmsg: string };

/**
 * A local server speaking the WeCom group-robot webhook protocol: POST /cgi-bin/webhook/send?key=… with
 * {msgtype: 'markdown', markdown: {content}}; answers {errcode: 0, errmsg: 'ok'}, 93000 for an unknown key,
 * 40008 for another message type, 40058 for content over 4096 bytes. It records what each key received and can
 * be told to fail the next calls.
 */
export async function startWeComServer(opts: { keys: string[]; delayMs?: number }) {
  const received = new Map<string, WeComMessage[]>(opts.keys.map((k) => [k, []]));
  const failures: Failure[] = [];
  let calls = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      calls++;
      const reply = (body: object, status = 200) => {
        const send = () => {
          res.statusCode = status;
          res.setHeader('Content-Type', 'application/json');
          res.end(JSON.stringify(body));
        };
        if (opts.delayMs) setTimeout(send, opts.delayMs);
        else send();
      };
      const url = new URL(req.url ?? '/', 'http://localhost');
      const key = url.searchParams.get('key') ?? '';
      if (req.method !== 'POST' || url.pathname !== '/cgi-bin/webhook/send' || !received.has(key)) {
        return reply({ errcode: 93000, errmsg: 'invalid webhook url' });
      }
      const failure = failures.shift();
      if (failure) return 'status' in failure ? reply({}, failure.status) : reply(failure);
      let body: { msgtype?: string; markdown?: { content?: unknown } };
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return reply({ errcode: 40000, errmsg: 'invalid json' });
      }
      const content = body.markdown?.content;
      if (body.msgtype !== 'markdown' || typeof content !== 'string' || content.length === 0) {
        return reply({ errcode: 40008, errmsg: 'invalid message type' });
      }
      if (Buffer.byteLength(content) > 4096)
        return reply({ errcode: 40058, errmsg: 'content exceed max length' });
      received.get(key)!.push({ content, messageId: req.headers['x-message-id'] as string | undefined });
      reply({ errcode: 0, errmsg: 'ok' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return {
    url: (key: string) => `${base}/cgi-bin/webhook/send?key=${key}`,
    received: (key: string) => received.get(key) ?? [],
    /** Calls answered so far, failed ones included. */
    calls: () => calls,
    /** The next `count` calls answer HTTP `status`, or HTTP 200 with this errcode. */
    failNext(count: number, failure: Failure) {
      for (let i = 0; i < count; i++) failures.push(failure);
    },
    reset() {
      for (const list of received.values()) list.length = 0;
      failures.length = 0;
      calls = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export type WeComServer = Awaited<ReturnType<typeof startWeComServer>>;
