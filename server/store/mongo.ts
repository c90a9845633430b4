import mongoose from 'mongoose';
import type { Logger } from '../logger';

/** How long an operation waits for a store that does not answer before it fails (and is answered 503). */
const SERVER_SELECTION_TIMEOUT_MS = 800;
/** How long start-up keeps trying to reach the store. */
const CONNECT_PATIENCE_MS = 30_000;

/**
 * Connects mongoose. The data layer keeps to what both MongoDB and FerretDB v1 support:
 * single-document atomic updates, no multi-document transactions, no $lookup, no TTL,
 * text or partial indexes.
 *
 * While the store is away nothing is buffered: an operation fails within SERVER_SELECTION_TIMEOUT_MS, and the
 * driver reconnects by itself when the store is back. The logger hears each change of state once.
 */
export async function connectStore(uri: string, dbName: string, logger?: Logger): Promise<typeof mongoose> {
  mongoose.set('strictQuery', true);
  const options = {
    dbName,
    serverSelectionTimeoutMS: SERVER_SELECTION_TIMEOUT_MS,
    autoIndex: false,
    bufferCommands: false,
  };
  await connectPatiently(uri, options);
  if (await isFerretDb()) {
    // FerretDB v1 runs an update as a read followed by a whole-document write, outside any transaction: two
    // updates of one document at once can lose one, and a conditional update can match twice. With a single
    // connection this process's operations reach it one at a time, which makes each update atomic again.
    await mongoose.disconnect();
    await connectPatiently(uri, { ...options, maxPoolSize: 1 });
  }
  if (logger) watchStore(logger);
  await Promise.all(Object.values(mongoose.models).map((model) => model.createIndexes()));
  return mongoose;
}

async function connectPatiently(uri: string, options: mongoose.ConnectOptions): Promise<void> {
  const giveUp = Date.now() + CONNECT_PATIENCE_MS;
  for (;;) {
    try {
      await mongoose.connect(uri, options);
      return;
    } catch (err) {
      if (Date.now() > giveUp) throw err;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

let closing = false;
let storeLogger: Logger | undefined;
let probe: NodeJS.Timeout | undefined;

function watchStore(logger: Logger): void {
  closing = false;
  storeLogger = logger;
}

/**
 * Called where a request found the store away (the error middleware, /readyz): logs it once, then probes
 * every second until it answers again and logs that once too — one line per change, not a trace per request.
 */
export function storeAway(err?: unknown): void {
  if (probe || closing) return;
  storeLogger?.warn(
    { dependency: 'store', err },
    'store unavailable; requests that need it answer 503 until it is back',
  );
  probe = setInterval(() => {
    void storeReachable().then((up) => {
      if (!up || !probe) return;
      clearInterval(probe);
      probe = undefined;
      storeLogger?.info({ dependency: 'store' }, 'store available again');
    });
  }, 1000);
  probe.unref();
}

/** Disconnects on purpose (shutdown): not logged as the store going away. */
export async function closeStore(): Promise<void> {
  closing = true;
  clearInterval(probe);
  probe = undefined;
  await mongoose.disconnect();
}

async function isFerretDb(): Promise<boolean> {
  const info = await mongoose.connection.db!.admin().command({ buildInfo: 1 });
  return 'ferretdbVersion' in info;
}

/** Whether the store answers now; false at once while the driver knows it is away. */
export async function storeReachable(): Promise<boolean> {
  try {
    const db = mongoose.connection.db;
    if (!db || mongoose.connection.readyState !== mongoose.ConnectionStates.connected) return false;
    await db.admin().command({ ping: 1 }, { timeoutMS: SERVER_SELECTION_TIMEOUT_MS });
    return true;
  } catch {
    return false;
  }
}
