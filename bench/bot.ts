import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { WechatyBuilder } from 'wechaty';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import { parse } from 'yaml';
import { CustomerService } from '../bot/adapters/customer-service';
import { OfficialAccountAdapter } from '../bot/adapters/official-account';
import { WechatyAdapter } from '../bot/adapters/wechaty';
import { sha1Signature } from '../bot/adapters/wechat-crypto';
import { assembleBot } from '../bot/assemble';
import { loadBotConfig } from '../bot/config';
import type { ConversationEngine } from '../bot/engine/engine';
import { botHttpServer } from '../bot/http-server';
import { botLogger } from '../bot/logger';
import { stopChild } from '../server/runtime/child-process';
import { startEmbeddedStore } from '../server/store/embedded-store';

/**
 * `npm run bench` (last part): the chat bot's policy answers, messages per second and reply latency p50/p99,
 * through Wechaty's mock puppet and through the Official Account webhook, each beside an echo bot on the same
 * transport (its ceiling). The backend runs in its own process on a throwaway store; the bot, the transports and
 * the load (closed loop, BENCH_BOT_CLIENTS chats, BENCH_SECONDS each) share this one.
 */
const ROOT = path.resolve(__dirname, '..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CLIENTS = Number(process.env.BENCH_BOT_CLIENTS ?? 20);
const OA_TOKEN = 'bench-token';

const questions = (
  parse(fs.readFileSync(path.join(ROOT, 'test/bot/policy-questions.yaml'), 'utf8')) as {
    questions: { ask: string }[];
  }
).questions.map((q) => q.ask);

type Engine = Pick<ConversationEngine, 'handle'>;
const echo: Engine = { handle: async (m) => [m.text ?? ''] };

interface Result {
  transport: string;
  bot: string;
  messages: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Closed loop: each client sends, waits for the answer, sends again, for SECONDS. */
async function load(
  transport: string,
  bot: string,
  send: (client: number, text: string) => Promise<void>,
): Promise<Result> {
  const latencies: number[] = [];
  const until = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      for (let i = client; Date.now() < until; i += CLIENTS) {
        const started = performance.now();
        await send(client, questions[i % questions.length]!);
        latencies.push(performance.now() - started);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    transport,
    bot,
    messages: latencies.length,
    perSecond: Math.round(latencies.length / SECONDS),
    p50: round(percentile(latencies, 50)),
    p99: round(percentile(latencies, 99)),
    max: round(latencies.at(-1) ?? 0),
  };
}

/** Wechaty with the mock puppet: one contact per client; an answer is the bot's message to that contact. */
async function throughPuppet(engine: Engine, name: string): Promise<Result> {
  const mocker = new mock.Mocker();
  const puppet = new PuppetMock({ mocker });
  const wechaty = WechatyBuilder.build({ puppet });
  const logger = botLogger('silent');
  // The adapter answers through the puppet it is given: nothing else to keep of it.
  new WechatyAdapter(wechaty, engine, logger);
  await wechaty.start();
  const [user] = mocker.createContacts(1) as [mock.ContactMock];
  mocker.login(user);
  const contacts = mocker.createContacts(CLIENTS);
  const waiting = new Map<string, () => void>();
  puppet.on('message', ({ messageId }) => {
    const payload = mocker.MessageMock.load(messageId).payload;
    const to = 'listenerId' in payload ? payload.listenerId : undefined;
    if (payload.talkerId !== user.id || !to) return;
    const done = waiting.get(to);
    waiting.delete(to);
    done?.();
  });
  const send = (client: number, text: string) =>
    new Promise<void>((resolve) => {
      const contact = contacts[client]!;
      waiting.set(contact.id, resolve);
      contact.say(text).to(user);
    });
  // The place is said once per chat, as a resident would.
  await Promise.all(contacts.map((_, i) => send(i, '我在伊春')));
  const result = await load('mock puppet', name, send);
  await wechaty.stop();
  return result;
}

/** The Official Account webhook over loopback: signed plaintext deliveries, each with its own MsgId. */
async function throughWebhook(engine: Engine, name: string, parts: ReturnType<typeof assembleBot>) {
  const logger = botLogger('silent');
  const adapter = new OfficialAccountAdapter({
    token: OA_TOKEN,
    engine,
    store: parts.store,
    customerService: new CustomerService({ apiBase: 'http://127.0.0.1:9', appId: 'wx', secret: 's' }),
    replyWithinMs: 4000,
    logger,
  });
  const server = botHttpServer({ oaPath: '/wechat', officialAccount: adapter, logger });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/wechat`;
  let msgId = Date.now() * 1000;
  const send = async (client: number, text: string) => {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = String(msgId);
    const query = new URLSearchParams({
      timestamp,
      nonce,
      signature: sha1Signature(OA_TOKEN, timestamp, nonce),
    });
    const body =
      `<xml><ToUserName><![CDATA[gh_bench]]></ToUserName><FromUserName><![CDATA[bench-${name}-${client}]]>` +
      `</FromUserName><CreateTime>${timestamp}</CreateTime><MsgType><![CDATA[text]]></MsgType>` +
      `<Content><![CDATA[${text}]]></Content><MsgId>${msgId++}</MsgId></xml>`;
    const reply = await post(`${url}?${query}`, body);
    if (!reply.includes('<Content>')) throw new Error(`no passive reply: ${reply.slice(0, 80)}`);
  };
  await Promise.all(Array.from({ length: CLIENTS }, (_, i) => send(i, '我在伊春')));
  const result = await load('OA webhook', name, send);
  await new Promise((resolve) => server.close(resolve));
  server.closeAllConnections();
  return result;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });

/** A POST over a kept-alive connection (node:http: lighter than fetch, so the client takes less of the CPU). */
function post(url: string, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: 'POST', agent, headers: { 'Content-Type': 'text/xml' } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve(text));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-bot-'));
  const store = await startEmbeddedStore({ port: 0, dataDir });
  const port = await freePort();
  const apiUrl = `http://127.0.0.1:${port}`;
  const product = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'server/main.ts')], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      PORT: String(port),
      LOG_LEVEL: 'silent',
      MONGODB_URI: store.uri,
      MONGODB_DB: 'bench',
      REDIS_KEY_PREFIX: `bench:${process.pid}:`,
      DATA_DIR: dataDir,
      BOT_ADAPTERS: '',
    },
  });
  const config = loadBotConfig({
    BOT_API_URL: apiUrl,
    BOT_REDIS_PREFIX: `bench:bot:${process.pid}:`,
    BOT_RATE_LIMIT: '100000000',
    BOT_FLOWS_DIR: path.join(ROOT, 'flows'),
  });
  const parts = assembleBot(config, botLogger('silent'));
  try {
    for (let i = 0; i < 100; i++) {
      const ready = await fetch(`${apiUrl}/readyz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ready) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const results: Result[] = [
      await throughPuppet(echo, 'echo'),
      await throughPuppet(parts.engine, 'policy answers'),
      await throughWebhook(echo, 'echo', parts),
      await throughWebhook(parts.engine, 'policy answers', parts),
    ];
    console.log(
      `\nChat bot, ${CLIENTS} chats in a closed loop, ${SECONDS} s each (targets: ≥ 300 msg/s, p99 ≤ 50 ms)`,
    );
    console.table(
      results.map((r) => ({
        transport: r.transport,
        bot: r.bot,
        'msg/s': r.perSecond,
        'p50 ms': r.p50,
        'p99 ms': r.p99,
        'max ms': r.max,
      })),
    );
    console.log(
      `load average at the end: ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} on ${os.cpus().length} cores`,
    );
    const slowest = Math.max(...results.filter((r) => r.transport === 'OA webhook').map((r) => r.max));
    console.log(`webhook: slowest answer ${slowest} ms (WeChat waits 5,000 ms)`);
  } finally {
    await parts.close();
    await stopChild(product);
    await store.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
