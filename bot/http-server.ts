import http from 'node:http';
import type { OfficialAccountAdapter } from './adapters/official-account';
import type { BotLogger } from './logger';
import type { PushReceiver } from './push-receiver';

const MAX_BODY_BYTES = 64 * 1024;

function readBody(req: http.IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(undefined);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * The bot's own HTTP listener: the Official Account webhook (BOT_OA_PATH), the server's case pushes (/push) and
 * a liveness check (/healthz). Nothing a request carries is logged.
 */
export function botHttpServer(o: {
  oaPath: string;
  officialAccount?: OfficialAccountAdapter;
  push?: PushReceiver;
  logger: BotLogger;
}): http.Server {
  return http.createServer((req, res) => {
    const send = (status: number, contentType: string, body: string) => {
      res.statusCode = status;
      res.setHeader('Content-Type', contentType);
      res.end(body);
    };
    const url = new URL(req.url ?? '/', 'http://bot');
    const route = async () => {
      if (url.pathname === '/healthz') return send(200, 'application/json', '{"status":"ok"}');
      const body = req.method === 'POST' ? await readBody(req) : '';
      if (body === undefined) return send(413, 'text/plain', 'too large');
      if (url.pathname === o.oaPath && o.officialAccount) {
        const answer = await o.officialAccount.handle({
          method: req.method ?? 'GET',
          query: url.searchParams,
          body,
        });
        return send(answer.status, answer.contentType, answer.body);
      }
      if (url.pathname === '/push' && req.method === 'POST' && o.push) {
        const answer = await o.push.receive(
          {
            timestamp: req.headers['x-timestamp'] as string,
            signature: req.headers['x-signature'] as string,
          },
          body,
        );
        return send(answer.status, 'application/json', JSON.stringify(answer.body));
      }
      send(404, 'text/plain', 'not found');
    };
    route().catch((err: unknown) => {
      o.logger.error({ err: err instanceof Error ? err.message : String(err) }, 'bot http request failed');
      if (!res.headersSent) send(500, 'text/plain', 'error');
    });
  });
}
