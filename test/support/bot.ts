import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { types, WechatyBuilder } from 'wechaty';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import { WechatyAdapter, isWechatyChat } from '../../bot/adapters/wechaty';
import { botHttpServer } from '../../bot/http-server';
import { PushReceiver } from '../../bot/push-receiver';
import { assembleBot } from '../../bot/assemble';
import { loadBotConfig } from '../../bot/config';
import { botLogger } from '../../bot/logger';
import { createApp } from '../../server/app';
import { startTestApp } from './harness';
import { startWeComServer } from './wecom-server';
import { eventually } from './until';

const PUSH_SECRET = 'test-push-secret-0123456789';

/**
 * The real backend on a real port, the bot's engine talking to it over HTTP, and Wechaty's mock puppet carrying
 * the messages: the whole chain a WeChat user goes through, without WeChat.
 */
export async function startBotRig(
  env: Record<string, string> = {},
  serverEnv: Record<string, string> = {},
  /** Each call from the bot to the API waits this long first: a slow backend. */
  apiDelayMs = 0,
  /** Where the bot's log lines go (at info), to check what it says. */
  logTo?: { write(line: string): void },
) {
  const wecom = await startWeComServer({ keys: ['staff'] });
  // The bot's listener comes up first, so that the server can be told where to push; its handler is set once the
  // bot is built.
  let listener: http.RequestListener = (_req, res) => res.end();
  const botServer = http.createServer((req, res) => listener(req, res));
  await new Promise<void>((resolve) => botServer.listen(0, '127.0.0.1', resolve));
  const botUrl = `http://127.0.0.1:${(botServer.address() as AddressInfo).port}`;
  const app = await startTestApp({
    DEV_LOGIN: 'true',
    BOT_PUSH_URL: `${botUrl}/push`,
    BOT_PUSH_SECRET: PUSH_SECRET,
    ...serverEnv,
  });
  // As in the product: changes are delivered by the outbox as soon as they are saved.
  app.runtime.deps.outbox.start();
  const server = http.createServer(createApp(app.runtime.deps).app.callback());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const config = loadBotConfig({
    BOT_API_URL: apiUrl,
    BOT_REDIS_PREFIX: `test:bot:${Math.random().toString(36).slice(2)}:`,
    BOT_WECOM_WEBHOOKS: `yichun=${wecom.url('staff')},dengkou=${wecom.url('staff')}`,
    BOT_PUSH_SECRET: PUSH_SECRET,
    ...env,
  });
  const logger = logTo ? botLogger('debug', logTo) : botLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const slowFetch: typeof fetch = async (input, init) => {
    await new Promise((resolve) => setTimeout(resolve, apiDelayMs));
    return fetch(input, init);
  };
  const bot = assembleBot(config, logger, apiDelayMs ? { fetch: slowFetch } : {});
  const mocker = new mock.Mocker();
  const puppet = new PuppetMock({ mocker });
  const wechaty = WechatyBuilder.build({ puppet });
  const replies = new Map<string, string[]>();
  puppet.on('message', ({ messageId }) => {
    const payload = mocker.MessageMock.load(messageId).payload;
    const to = 'listenerId' in payload ? payload.listenerId : undefined;
    if (payload.talkerId === user.id && to && payload.text) replies.get(to)?.push(payload.text);
  });
  const adapter = new WechatyAdapter(wechaty, bot.engine, logger);
  const push = new PushReceiver({
    secret: PUSH_SECRET,
    store: bot.store,
    targets: [{ owns: isWechatyChat, deliver: (chat, text) => adapter.deliver(chat, text) }],
    logger,
  });
  const inner = botHttpServer({ oaPath: '/wechat', push, logger });
  listener = (req, res) => inner.emit('request', req, res);
  await wechaty.start();
  const [user] = mocker.createContacts(1) as [mock.ContactMock];
  mocker.login(user);

  const rig = {
    app,
    apiUrl,
    /** The bot's listener (/push, the webhook). */
    botUrl,
    pushSecret: PUSH_SECRET,
    config,
    logger,
    bot,
    adapter,
    wecom,
    mocker,
    puppet,
    /** The bot's own WeChat account. */
    botUser: user,
    async resident() {
      const [contact] = mocker.createContacts(1) as [mock.ContactMock];
      replies.set(contact.id, []);
      // Wechaty hands a message on asynchronously: wait for the first reply (every message gets one), then
      // for the handling to finish, so that all of the replies are in.
      const collect = async () => {
        await eventually(() => replies.get(contact.id)!.length > 0, 10_000, 5);
        await adapter.settled();
        await new Promise((resolve) => setImmediate(resolve));
        return replies.get(contact.id)!.splice(0);
      };
      return {
        id: contact.id,
        contact,
        say: async (text: string) => {
          contact.say(text).to(user);
          return collect();
        },
        /** Waits for messages the bot sends unasked (pushes). */
        async pushed(count = 1, timeoutMs = 10_000) {
          await eventually(() => replies.get(contact.id)!.length >= count, timeoutMs, 10);
          return replies.get(contact.id)!.splice(0);
        },
        async send(kind: string) {
          const type = {
            image: types.Message.Image,
            voice: types.Message.Audio,
            sticker: types.Message.Emoticon,
            file: types.Message.Attachment,
            link: types.Message.Url,
            video: types.Message.Video,
          }[kind];
          const msg = mocker.MessageMock.create({
            id: `m${Math.random().toString(36).slice(2)}`,
            talkerId: contact.id,
            listenerId: user.id,
            timestamp: Date.now(),
            type: type ?? types.Message.Unknown,
          });
          puppet.emit('message', { messageId: msg.id });
          return collect();
        },
      };
    },
    async close() {
      await wechaty.stop();
      await bot.close();
      for (const s of [server, botServer]) {
        await new Promise((resolve) => s.close(resolve));
        s.closeAllConnections();
      }
      await app.close();
      await wecom.close();
    },
  };
  return rig;
}

export type BotRig = Awaited<ReturnType<typeof startBotRig>>;
