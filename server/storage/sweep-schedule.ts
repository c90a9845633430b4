import cron from 'node-cron';
import type { AppDeps } from '../http/deps';
import { blobStoreFor } from './blob-store-for';
import { sweepLeftovers } from './leftovers';

/**
 * Runs the leftovers sweep on SWEEP_CRON in the server. Several API processes may each run it: a blob is
 * removed only when no record names it and it is older than the grace period, so two sweeps agree.
 */
export function scheduleSweep(deps: Pick<AppDeps, 'config' | 'logger'>): { stop(): Promise<void> } {
  const store = blobStoreFor(deps.config);
  const graceMs = deps.config.SWEEP_GRACE_HOURS * 3_600_000;
  const task = cron.schedule(
    deps.config.SWEEP_CRON,
    async () => {
      await sweepLeftovers(store, { graceMs, logger: deps.logger }).catch((err: unknown) =>
        deps.logger.error({ err }, 'leftovers sweep failed; it runs again on schedule'),
      );
    },
    { noOverlap: true, name: 'leftovers-sweep' },
  );
  return {
    stop: async () => {
      await task.stop();
      store.close?.();
    },
  };
}
