import { Application } from '../../server/applications/application-model';
import { applicationOutbox } from '../../server/applications/application-outbox';
import type { Config } from '../../server/config';
import { createLogger } from '../../server/logger';
import { senders } from '../../server/notify/senders';
import { dispatcherSettings, OutboxDispatcher, type DispatcherOptions } from '../../server/outbox/dispatcher';
import { markDue, OutboxDue } from '../../server/outbox/due';
import {
  outboxMessage,
  withOutbox,
  type OutboxKind,
  type OutboxMessage,
  type OutboxPayloads,
} from '../../server/outbox/outbox';
import { seedAreas } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/harness';
import { startWeChatServer, type WeChatServer } from '../support/wechat-server';
import { startWeComServer, type WeComServer } from '../support/wecom-server';

export const TEMPLATE_ID = 'case-progress-template';

/** A log line as pino writes it. */
export interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}
export const ERROR = 50;
export const WARN = 40;

export interface OutboxTest {
  app: TestApp;
  config: Config;
  wecom: WeComServer;
  wechat: WeChatServer;
  /** The time the dispatchers see; tests move it instead of waiting. */
  clock: { now: Date };
  advance(ms: number): void;
  logs: LogLine[];
  /** A dispatcher over applications with the test clock, no jitter and a log that tests can read. */
  dispatcher(options?: Partial<DispatcherOptions>, config?: Partial<Config>): OutboxDispatcher;
  /** A new message, due at the test clock's time. */
  message<K extends OutboxKind>(kind: K, payload: OutboxPayloads[K]): OutboxMessage;
  /** An application in a village (or township), submitted with these messages in the same update, then marked due. */
  applicationWith(messages: OutboxMessage[], areaId?: string): Promise<string>;
  stored(id: string): Promise<StoredApplication>;
  close(): Promise<void>;
}

export interface StoredApplication {
  forwardedAt: Date | null;
  outboxDueAt: Date | null;
  outboxLeaseUntil: Date | null;
  outbox: {
    id: string;
    kind: string;
    status: string;
    attempts: number;
    nextAttemptAt: Date;
    lastError: string | null;
    sentAt: Date | null;
  }[];
}

const AREA_PATHS: Record<string, string[]> = {
  '150822101': ['150822', '150822100', '150822101'],
  '150822201': ['150822', '150822200', '150822201'],
  '150822200': ['150822', '150822200'],
  '150822100': ['150822', '150822100'],
};

/**
 * A test app wired to local WeCom and WeChat servers: Bayan Gol township (150822100) and the county (150822)
 * have robots, Shajin Taohai sumu (150822200) has none and falls back to the county's.
 */
export async function startOutboxTest(env: Record<string, string> = {}): Promise<OutboxTest> {
  const wecom = await startWeComServer({ keys: ['county-key', 'bayan-key'] });
  const wechat = await startWeChatServer({
    appId: 'wx-test-app',
    secret: 'test-secret',
    templateId: TEMPLATE_ID,
  });
  const app = await startTestApp({
    WECOM_WEBHOOKS: `150822=${wecom.url('county-key')}, 150822100=${wecom.url('bayan-key')}`,
    WECHAT_APPID: 'wx-test-app',
    WECHAT_SECRET: 'test-secret',
    WECHAT_API_BASE: wechat.baseUrl,
    WECHAT_SUBSCRIBE_TEMPLATE_ID: TEMPLATE_ID,
    NOTIFY_TIMEOUT_MS: '2000',
    OUTBOX_LEASE_SECONDS: '60',
    OUTBOX_MAX_ATTEMPTS: '3',
    ...env,
  });
  await seedAreas();
  const { deps } = app.runtime;
  const clock = { now: new Date() };
  const logs: LogLine[] = [];
  const logger = createLogger('debug', { write: (line: string) => void logs.push(JSON.parse(line)) });

  return {
    app,
    config: deps.config,
    wecom,
    wechat,
    clock,
    advance: (ms) => {
      clock.now = new Date(clock.now.getTime() + ms);
    },
    logs,
    dispatcher: (options = {}, config = {}) =>
      new OutboxDispatcher({
        ...dispatcherSettings(deps.config),
        sources: [applicationOutbox],
        senders: senders({ ...deps, config: { ...deps.config, ...config }, logger }),
        logger,
        now: () => clock.now,
        random: () => 0.5,
        ...options,
      }),
    message: (kind, payload) => outboxMessage(kind, payload, clock.now),
    async applicationWith(messages, areaId = '150822101') {
      const created = await Application.create({
        jurisdiction: 'dengkou',
        areaId,
        areaPath: AREA_PATHS[areaId],
        programs: ['dibao'],
        createdBy: { kind: 'system', id: 'test' },
      });
      await Application.updateOne(
        { _id: created._id },
        withOutbox({ $set: { status: 'submitted' } }, messages, clock.now),
      );
      if (messages.length) await markDue(applicationOutbox, created._id, clock.now);
      return String(created._id);
    },
    stored: async (id) => (await Application.findById(id).lean<StoredApplication>())!,
    async close() {
      await app.close();
      await wecom.close();
      await wechat.close();
    },
  };
}

/**
 * One outbox harness per test file, cleared after each test (applications, webhooks received, log lines). The
 * object returned is filled in before the first test runs.
 */
export function useOutboxTest(): OutboxTest {
  const t = {} as OutboxTest;
  beforeAll(async () => {
    Object.assign(t, await startOutboxTest());
  });
  afterAll(() => t.close());
  afterEach(async () => {
    await Application.deleteMany({});
    await OutboxDue.deleteMany({});
    t.wecom.reset();
    t.logs.length = 0;
  });
  return t;
}
