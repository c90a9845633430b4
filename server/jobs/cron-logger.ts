import type { Logger } from '../logger';

/** node-cron writes to the console unless given a logger (a run still going at the next tick, say). */
export function cronLogger(logger: Logger) {
  const log = logger.child({ component: 'node-cron' });
  return {
    info: (msg: string) => log.info(msg),
    warn: (msg: string) => log.warn(msg),
    error: (msg: string | Error, err?: Error) => log.error({ err: err ?? msg }, String(msg)),
    debug: (msg: string | Error, err?: Error) => log.debug({ err: err ?? msg }, String(msg)),
  };
}
