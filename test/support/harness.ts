import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { DestinationStream } from 'pino';
import request from 'supertest';
import { createApp } from '../../server/app';
import { loadConfig } from '../../server/config';
import { boot, type Runtime } from '../../server/runtime/boot';
import { startEmbeddedStore, type EmbeddedStore } from '../../server/store/embedded-store';
import { freePort } from './redis-server';

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
}

/** A throwaway embedded store on a free port. */
export async function startTestStore(): Promise<
  EmbeddedStore & { dataDir: string; stopProcess(): Promise<void> }
> {
  const dataDir = tempDir('store');
  const store = await startEmbeddedStore({ port: 0, dataDir });
  return {
    uri: store.uri,
    dataDir,
    pid: store.pid,
    /** Stops the store but keeps its files (a test may start another on them). */
    stopProcess: store.stop,
    stop: async () => {
      await store.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Boots the product; when it starts its own embedded store, a free port can be taken by another process before
 * the store binds it, so that case tries another port.
 */
async function bootOnce(config: ReturnType<typeof loadConfig>, logTo?: DestinationStream): Promise<Runtime> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await boot(config, logTo ? { logTo } : { quiet: true });
    } catch (err) {
      const taken = err instanceof Error && err.message.includes('address already in use');
      if (config.MONGODB_URI || !taken || attempt === 3) throw err;
      config = { ...config, EMBEDDED_STORE_PORT: await freePort() };
    }
  }
}

export interface TestApp {
  runtime: Runtime;
  http: ReturnType<typeof request>;
  /** A client that keeps cookies between requests, as a browser does (the staff console). */
  agent(): ReturnType<typeof request.agent>;
  /** Serves the app on a real socket on loopback (for a browser); answers its base URL. Closed with the app. */
  listen(): Promise<string>;
  routes: ReturnType<typeof createApp>['routes'];
  close(): Promise<void>;
}

/**
 * The real product on a throwaway store and the machine's real Redis (under a unique key
 * prefix), driven over HTTP by supertest.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  /** A store to share, or 'embedded': the product starts and keeps its own, as `npm start` does. */
  shared?: { uri: string; dataDir: string } | 'embedded',
  /** Where the product's log lines go (at LOG_LEVEL), to read what it said. */
  logTo?: DestinationStream,
): Promise<TestApp> {
  const embedded = shared === 'embedded' ? tempDir('store') : undefined;
  const own = shared ? null : await startTestStore();
  let store: Record<string, string>;
  if (shared === 'embedded') store = { EMBEDDED_STORE_PORT: String(await freePort()), DATA_DIR: embedded! };
  else {
    const { uri, dataDir } = shared ?? own!;
    store = { MONGODB_URI: uri, DATA_DIR: dataDir };
  }
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    MONGODB_DB: 'test',
    REDIS_KEY_PREFIX: `test:${randomBytes(6).toString('hex')}:`,
    ...store,
    ...env,
  });
  const runtime = await bootOnce(config, logTo);
  const { app, routes } = createApp(runtime.deps);
  let server: http.Server | undefined;
  return {
    runtime,
    http: request(app.callback()),
    agent: () => request.agent(app.callback()),
    listen: async () => {
      server ??= http.createServer(app.callback());
      if (!server.listening) await new Promise<void>((ok) => server!.listen(0, '127.0.0.1', ok));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
    routes,
    close: async () => {
      if (server?.listening) await new Promise((done) => server!.close(done));
      const { redis } = runtime.deps;
      // KEYS patterns are not prefixed by ioredis, but DEL arguments are.
      const prefix = config.REDIS_KEY_PREFIX;
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length) await redis.del(...keys.map((k) => k.slice(prefix.length)));
      await runtime.shutdown();
      await own?.stop();
      if (embedded) fs.rmSync(embedded, { recursive: true, force: true });
    },
  };
}
