import path from 'node:path';
import type Redis from 'ioredis';
import mongoose from 'mongoose';
import { applicationOutbox } from '../applications/application-outbox';
import { createRedis, ensureRedis } from '../cache/redis';
import type { Config } from '../config';
import type { AppDeps } from '../http/deps';
import { weChatLogin } from '../identity/wechat';
import { createLogger } from '../logger';
import { senders } from '../notify/senders';
import { dispatcherSettings, OutboxDispatcher } from '../outbox/dispatcher';
import { loadPacks } from '../policy/packs';
import { FieldCrypto } from '../privacy/field-crypto';
import { startEmbeddedStore } from '../store/embedded-store';
import { connectStore } from '../store/mongo';

export interface Runtime {
  deps: AppDeps;
  /** Closes connections and stops whatever boot() started, in reverse order. */
  shutdown(): Promise<void>;
}

/**
 * Brings up what the product runs on: the store (MONGODB_URI, or the embedded one), Redis
 * (REDIS_URL, or a local redis-server), and the shared dependencies. Used by the server and the admin CLI.
 * The outbox dispatcher is built but not started: the server starts it (main.ts); shutdown stops it.
 */
export async function boot(config: Config, opts: { quiet?: boolean } = {}): Promise<Runtime> {
  const logger = createLogger(opts.quiet ? 'warn' : config.LOG_LEVEL);
  // Packs first: a broken pack stops start-up before anything is started.
  const packs = loadPacks(config.POLICY_DIR);
  const stops: (() => Promise<unknown>)[] = [];
  const shutdown = async () => {
    for (const stop of stops.splice(0).reverse()) await stop().catch(() => undefined);
  };
  try {
    let uri = config.MONGODB_URI;
    if (!uri) {
      const store = await startEmbeddedStore({
        port: config.EMBEDDED_STORE_PORT,
        dataDir: path.join(config.dataDir, 'db'),
      });
      stops.push(store.stop);
      uri = store.uri;
      logger.info({ uri }, 'embedded store started');
    }
    await connectStore(uri, config.MONGODB_DB);
    stops.push(() => mongoose.disconnect());

    const redisProcess = await ensureRedis(config.REDIS_URL, path.join(config.dataDir, 'redis'));
    if (redisProcess) {
      stops.push(redisProcess.stop);
      logger.info('local redis-server started');
    }
    const redis: Redis = createRedis(config.REDIS_URL, config.REDIS_KEY_PREFIX);
    await redis.connect();
    stops.push(() => redis.quit());

    const crypto = new FieldCrypto(
      config.FIELD_ENCRYPTION_KEYS,
      Buffer.from(config.BLIND_INDEX_KEY, 'base64'),
    );
    const outbox = new OutboxDispatcher({
      ...dispatcherSettings(config),
      sources: [applicationOutbox],
      senders: senders({ config, redis, crypto, logger }),
      logger,
    });
    stops.push(() => outbox.stop());

    const deps: AppDeps = {
      config,
      logger,
      redis,
      crypto,
      packs,
      outbox,
      wechat: weChatLogin({
        baseUrl: config.WECHAT_API_BASE,
        appId: config.WECHAT_APPID,
        secret: config.WECHAT_SECRET,
      }),
    };
    return { deps, shutdown };
  } catch (err) {
    await shutdown();
    throw err;
  }
}
