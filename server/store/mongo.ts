import mongoose from 'mongoose';
import type { Logger } from '../logger';

/**
 * How long an operation waits for a store the driver knows is away before it fails (answered 503). It applies
 * only while the store is marked away: an operation on a store known to be up never waits for selection, however
 * busy the store is. The first request after the store went away spends it once after its connection broke, with
 * the request's own work around it: 400 ms leaves room for both within the promised second on a loaded machine.
 */
const SERVER_SELECTION_TIMEOUT_MS = 400;
/**
 * How often the driver's monitor asks the store "hello" on a connection of its own (not the one operations queue
 * for). A check fails only when the store refuses the connection or does not answer within the driver's connect
 * timeout (30 s): a busy store still answers hello, a dead one does not.
 */
const HEARTBEAT_MS = 1000;
/** How long start-up keeps trying to reach the store. */
const CONNECT_PATIENCE_MS = 30_000;

/**
 * Connects mongoose. The data layer keeps to what both MongoDB and FerretDB v1 support:
 * single-document atomic updates, no multi-document transactions, no $lookup, no TTL,
 * text or partial indexes. The embedded store makes each update atomic itself (`ferretdb-patch.ts`), so both
 * get the driver's normal pool.
 *
 * Nothing is buffered while the store is away, and the driver reconnects by itself when it is back. Whether it is
 * away is an explicit state (see `storeUp`), kept from the driver's monitor and, for the embedded store, from the
 * process that owns it; the logger hears each change of that state once.
 */
export async function connectStore(uri: string, dbName: string, logger?: Logger): Promise<typeof mongoose> {
  mongoose.set('strictQuery', true);
  const options = {
    dbName,
    serverSelectionTimeoutMS: SERVER_SELECTION_TIMEOUT_MS,
    heartbeatFrequencyMS: HEARTBEAT_MS,
    autoIndex: false,
    bufferCommands: false,
  };
  await connectPatiently(uri, options);
  watchStore(logger);
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

let up = true;
let closing = false;
let storeLogger: Logger | undefined;

/**
 * Whether the store is up, as last heard: from the driver's monitor (a heartbeat failed or succeeded), from a
 * request whose connection was refused or broke, and from the process that owns the embedded store (it exited).
 * /readyz answers from this without a round trip that would queue behind a busy store's operations.
 */
export async function storeUp(): Promise<boolean> {
  if (up) return true;
  // Marked away: look once, so that /readyz says ready as soon as a request could be served. The store is not
  // busy with this process's operations now, and the look waits no longer than server selection does.
  try {
    await mongoose.connection.db?.admin().command({ ping: 1 });
    change(true);
  } catch {
    // still away
  }
  return up;
}

function change(now: boolean, details: Record<string, unknown> = {}): void {
  if (closing || up === now) return;
  up = now;
  if (now) storeLogger?.info({ dependency: 'store' }, 'store available again');
  else
    storeLogger?.warn(
      { dependency: 'store', ...details },
      'store unavailable; requests that need it answer 503 until it is back',
    );
}

/**
 * A request found the store away (refused or broken connection): this driver does not mark the server unknown
 * for a connection it could not open, so the request says so; the next heartbeat that succeeds brings it back.
 * No operation has a time limit, so none of these errors comes from a store that is only slow.
 */
export function storeFailed(err: unknown): void {
  change(false, { err });
}

/** The embedded store's process exited (it is being started again): away at once, before any heartbeat fails. */
export function storeExited(exit: { code: number | null; signal: string | null }): void {
  change(false, { exit });
}

function watchStore(logger: Logger | undefined): void {
  closing = false;
  up = true;
  storeLogger = logger;
  const client = mongoose.connection.getClient();
  client.on('serverHeartbeatFailed', (event) => change(false, { err: event.failure }));
  client.on('serverHeartbeatSucceeded', () => change(true));
  client.on('serverDescriptionChanged', (event) => {
    // An operation whose connection broke marks the server unknown before the next heartbeat.
    if (event.newDescription.type === 'Unknown') change(false, { err: event.newDescription.error });
  });
}

/** Disconnects on purpose (shutdown): not logged as the store going away. */
export async function closeStore(): Promise<void> {
  closing = true;
  await mongoose.disconnect();
}
