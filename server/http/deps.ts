import type Redis from 'ioredis';
import type { AuditSealer } from '../audit/sealer';
import type { Config } from '../config';
import type { WeChatLogin } from '../identity/wechat';
import type { JobScheduler } from '../jobs/scheduler';
import type { Logger } from '../logger';
import type { OutboxDispatcher } from '../outbox/dispatcher';
import type { Pack } from '../policy/pack-schema';
import type { FieldCrypto } from '../privacy/field-crypto';
import type { BlobStore } from '../storage/blob-store';

/** What the running product is made of; built once in main.ts (or by a test) and handed to the app. */
export interface AppDeps {
  config: Config;
  logger: Logger;
  redis: Redis;
  crypto: FieldCrypto;
  wechat: WeChatLogin;
  /** The policy packs by id, loaded and validated at start-up. */
  packs: ReadonlyMap<string, Pack>;
  /** Delivers outbox messages; `kick()` after saving a change that enqueued some (see outbox.ts). */
  outbox: OutboxDispatcher;
  /** Seals the audit log's pending entries into the hash chain (audit/sealer.ts); the server starts it. */
  audit: AuditSealer;
  /** The scheduled jobs (jobs/); the server starts them, the admin CLI runs one on demand. */
  jobs: JobScheduler;
  /** Uploaded files; sealed on the way in, opened on the way out (see storage/sealed-store.ts). */
  blobs: BlobStore;
}

declare module 'koa' {
  interface DefaultContext {
    deps: AppDeps;
  }
}
