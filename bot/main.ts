import fs from 'node:fs';
import { WechatyBuilder } from 'wechaty';
import { CustomerService } from './adapters/customer-service';
import { OfficialAccountAdapter, isOfficialAccountChat } from './adapters/official-account';
import { WechatyAdapter, isWechatyChat } from './adapters/wechaty';
import { WeChatCipher } from './adapters/wechat-crypto';
import { assembleBot } from './assemble';
import { BotConfigError, loadBotConfig } from './config';
import { botHttpServer } from './http-server';
import { botLogger } from './logger';
import { type PushTarget, PushReceiver } from './push-receiver';

/** The bot as its own process: `npm run bot` (or started by `npm start` when BOT_ADAPTERS is set). */
async function main(): Promise<void> {
  if (fs.existsSync('.env')) process.loadEnvFile('.env');
  const config = loadBotConfig();
  const logger = botLogger(config.LOG_LEVEL);
  const parts = assembleBot(config, logger);
  const targets: PushTarget[] = [];
  const stops: (() => Promise<void>)[] = [];

  if (config.BOT_ADAPTERS.includes('wechaty')) {
    const wechaty = WechatyBuilder.build({
      name: config.BOT_WECHATY_NAME,
      puppet: config.BOT_WECHATY_PUPPET as never,
      puppetOptions: config.BOT_WECHATY_PUPPET_TOKEN ? { token: config.BOT_WECHATY_PUPPET_TOKEN } : {},
    });
    const adapter = new WechatyAdapter(wechaty, parts.engine, logger);
    // The QR code is the account owner's to scan: its link is printed, nothing about users is.
    wechaty.on('scan', (qrcode) =>
      logger.info({ qr: `https://wechaty.js.org/qrcode/${encodeURIComponent(qrcode)}` }, 'scan to log in'),
    );
    wechaty.on('login', () => logger.info('wechaty logged in'));
    await wechaty.start();
    targets.push({ owns: isWechatyChat, deliver: (chat, text) => adapter.deliver(chat, text) });
    stops.push(() => wechaty.stop());
  }

  let officialAccount: OfficialAccountAdapter | undefined;
  if (config.BOT_ADAPTERS.includes('official-account')) {
    const customerService = new CustomerService({
      apiBase: config.BOT_OA_API_BASE,
      appId: config.BOT_OA_APPID!,
      secret: config.BOT_OA_SECRET!,
    });
    officialAccount = new OfficialAccountAdapter({
      token: config.BOT_OA_TOKEN!,
      cipher: config.BOT_OA_AES_KEY
        ? new WeChatCipher(config.BOT_OA_AES_KEY, config.BOT_OA_APPID!)
        : undefined,
      engine: parts.engine,
      store: parts.store,
      customerService,
      replyWithinMs: config.BOT_OA_REPLY_WITHIN_MS,
      logger,
    });
    const oa = officialAccount;
    targets.push({ owns: isOfficialAccountChat, deliver: (chat, text) => oa.deliver(chat, text) });
  }

  const push = config.BOT_PUSH_SECRET
    ? new PushReceiver({ secret: config.BOT_PUSH_SECRET, store: parts.store, targets, logger })
    : undefined;
  if (officialAccount || push) {
    const server = botHttpServer({ oaPath: config.BOT_OA_PATH, officialAccount, push, logger });
    server.listen(config.BOT_PORT, config.BOT_HOST, () =>
      logger.info({ url: `http://${config.BOT_HOST}:${config.BOT_PORT}` }, 'bot listening'),
    );
    stops.push(() => new Promise((resolve) => server.close(() => resolve())));
  }
  if (config.BOT_ADAPTERS.length === 0)
    logger.warn('no adapter configured (BOT_ADAPTERS): nobody can reach the bot');

  const stop = async (signal: string) => {
    logger.info({ signal }, 'bot shutting down');
    for (const s of stops) await s().catch(() => undefined);
    await parts.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error(err instanceof BotConfigError ? err.message : err);
  process.exit(1);
});
