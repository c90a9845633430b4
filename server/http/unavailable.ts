/** What a request may find away: the store or Redis. */
export type Dependency = 'store' | 'redis';

/** Seconds a client is asked to wait before trying again while a dependency is away. */
export const RETRY_AFTER_SECONDS = 5;

// The driver's errors for a store it cannot reach (as opposed to a refused operation).
const STORE_DOWN = new Set([
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoServerSelectionError',
  'MongooseServerSelectionError',
  'MongoNotConnectedError',
  'MongoPoolClearedError',
  'MongoTopologyClosedError',
  'MongoOperationTimeoutError',
]);
// ioredis has no error class for these: no connection (offline queue off), a command cut off or timed out.
const REDIS_DOWN =
  /^(Stream isn't writeable|Connection is closed|Command timed out|Reached the max retries per request)/;

/**
 * Which dependency an error says is away, if any: such a failure is answered 503 with Retry-After (the
 * caller may simply try again), not 500.
 */
export function unavailableDependency(err: unknown): Dependency | undefined {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth += 1) {
    if (STORE_DOWN.has(e.name)) return 'store';
    if (e.name === 'MaxRetriesPerRequestError' || REDIS_DOWN.test(e.message)) return 'redis';
  }
  return undefined;
}
