import path from 'node:path';
import type Redis from 'ioredis';
import type { DestinationStream } from 'pino';
import { applicationOutbox } from '../applications/application-outbox';
import { reportOutbox } from '../reports/report-outbox';
import { discoveryOutbox } from '../discovery/discovery-outbox';
import { AuditSealer } from '../audit/sealer';
import { JobScheduler } from '../jobs/scheduler';
import { productJobs } from '../jobs/product-jobs';
import { bulletinOutbox } from '../notify/bulletins';
import { createRedis, ensureRedis } from '../cache/redis';
import type { Config } from '../config';
import type { AppDeps } from '../http/deps';
import { weChatLogin } from '../identity/wechat';
import { createLogger } from '../logger';
import { senders } from '../notify/senders';
import { dispatcherSettings, OutboxDispatcher } from '../outbox/dispatcher';
import { loadPacks } from '../policy/packs';
import { FieldCrypto } from '../privacy/field-crypto';
import { blobStoreFor } from '../storage/blob-store-for';
import { sealedBlobs } from '../storage/sealed-store';
import { startEmbeddedStore, type EmbeddedStore } from '../store/embedded-store';
import { closeStore, connectStore, storeExited } from '../store/mongo';

export interface Runtime {
  deps: AppDeps;
  /** The embedded store this process started and keeps running (none when MONGODB_URI names a store). */
  embeddedStore?: EmbeddedStore;
  /** Closes connections and stops whatever boot() started, in reverse order. */
  shutdown(): Promise<void>;
}

/**
 * Brings up what the product runs on: the store (MONGODB_URI, or the embedded one), Redis
 * (REDIS_URL, or a local redis-server), the blob store for uploads, and the shared dependencies. Used by the
 * server and the admin CLI. The outbox dispatcher, the audit sealer and the scheduled jobs are built but not
 * started: the server starts them (main.ts).
 */
export async function boot(
  config: Config,
  opts: { quiet?: boolean; logTo?: DestinationStream } = {},
): Promise<Runtime> {
  const logger = createLogger(opts.quiet ? 'warn' : config.LOG_LEVEL, opts.logTo);
  // Packs first: a broken pack stops start-up before anything is started.
  const packs = loadPacks(config.POLICY_DIR);
  const stops: (() => Promise<unknown>)[] = [];
  const shutdown = async () => {
    for (const stop of stops.splice(0).reverse()) await stop().catch(() => undefined);
  };
  let embeddedStore: EmbeddedStore | undefined;
  try {
    let uri = config.MONGODB_URI;
    if (!uri) {
      const store = await startEmbeddedStore({
        port: config.EMBEDDED_STORE_PORT,
        dataDir: path.join(config.dataDir, 'db'),
        onExit: ({ code, signal, restartInMs }) => {
          logger.error({ code, signal, restartInMs }, 'embedded store exited; starting it again');
          storeExited({ code, signal });
        },
        onRestarted: () => logger.info('embedded store restarted'),
      });
      stops.push(store.stop);
      embeddedStore = store;
      uri = store.uri;
      logger.info({ uri }, 'embedded store started');
    }
    await connectStore(uri, config.MONGODB_DB, logger);
    stops.push(closeStore);

    const redisProcess = await ensureRedis(config.REDIS_URL, path.join(config.dataDir, 'redis'));
    if (redisProcess) {
      stops.push(redisProcess.stop);
      logger.info('local redis-server started');
    }
    const redis: Redis = createRedis(config.REDIS_URL, config.REDIS_KEY_PREFIX, (up, err) => {
      if (up) logger.info({ dependency: 'redis' }, 'redis available again');
      else
        logger.warn(
          { dependency: 'redis', err },
          'redis unavailable; requests that need it answer 503, policy pages are still served',
        );
    });
    await redis.connect();
    stops.push(() => redis.quit());

    const crypto = new FieldCrypto(
      config.FIELD_ENCRYPTION_KEYS,
      Buffer.from(config.BLIND_INDEX_KEY, 'base64'),
    );
    const outbox = new OutboxDispatcher({
      ...dispatcherSettings(config),
      sources: [applicationOutbox, reportOutbox, bulletinOutbox, discoveryOutbox],
      senders: senders({ config, redis, crypto, logger }),
      logger,
    });
    stops.push(() => outbox.stop());
    const audit = new AuditSealer({
      logger,
      intervalMs: config.AUDIT_SEAL_INTERVAL_MS,
      batchSize: config.AUDIT_SEAL_BATCH,
      leaseMs: config.AUDIT_SEAL_LEASE_SECONDS * 1000,
      checkpointEveryMs: config.AUDIT_CHECKPOINT_SECONDS * 1000,
    });
    stops.push(() => audit.stop());
    const jobs = new JobScheduler(productJobs, () => deps);
    stops.push(() => jobs.stop());
    const blobStore = blobStoreFor(config);
    stops.push(async () => blobStore.close?.());

    const deps: AppDeps = {
      config,
      logger,
      redis,
      crypto,
      blobs: sealedBlobs(blobStore, crypto),
      packs,
      outbox,
      audit,
      jobs,
      wechat: weChatLogin({
        baseUrl: config.WECHAT_API_BASE,
        appId: config.WECHAT_APPID,
        secret: config.WECHAT_SECRET,
      }),
    };
    return { deps, embeddedStore, shutdown };
  } catch (err) {
    await shutdown();
    throw err;
  }
}
