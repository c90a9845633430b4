import cron, { type RunCoordinator, type ScheduledTask } from 'node-cron';
import type Redis from 'ioredis';
import type { AppDeps } from '../http/deps';
import { cronLogger } from './cron-logger';
import type { Job, JobCounts } from './job';
import { takeLock } from './job-lock';

export type JobOutcome =
  | { status: 'done'; counts: JobCounts; ms: number }
  /** Another instance (or an admin) holds the job's lock: this run did nothing. */
  | { status: 'busy' };

/** Days and times in schedules are China's, whatever the server's time zone. */
const TIME_ZONE = 'Asia/Shanghai';
/** How long the claim of one fire is kept: longer than any clock difference between instances. */
const FIRE_CLAIM_MS = 10 * 60_000;

/**
 * node-cron asks before each scheduled fire (`distributed`): the first instance to claim the fire's key (the task
 * and its scheduled time) runs it; the claim is kept, so an instance whose clock or event loop is a little late
 * finds it taken even after the first has finished. Fail-closed: without Redis the fire is skipped and logged.
 */
function fireClaims(redis: Redis): RunCoordinator {
  return {
    shouldRun: async (key, ttlMs) => (await redis.set(`job-fire:${key}`, '1', 'PX', ttlMs, 'NX')) === 'OK',
  };
}

/**
 * Runs the product's scheduled jobs. Every instance schedules every job; each scheduled fire is claimed once across
 * instances (`fireClaims`), and each run, scheduled or from the CLI, first takes the job's Redis lock, so two runs
 * of one job never overlap. A run logs one line with its counts and duration.
 */
export class JobScheduler {
  private readonly tasks: ScheduledTask[] = [];
  private readonly running = new Set<Promise<unknown>>();

  constructor(
    private readonly jobs: readonly Job[],
    private readonly deps: () => AppDeps,
  ) {}

  list(): readonly Job[] {
    return this.jobs;
  }

  find(name: string): Job | undefined {
    return this.jobs.find((j) => j.name === name);
  }

  start(): void {
    if (this.tasks.length) return;
    const { config, logger, redis } = this.deps();
    const runCoordinator = fireClaims(redis);
    for (const job of this.jobs) {
      const schedule = job.schedule(config);
      if (schedule === 'off') continue;
      const task = cron.schedule(schedule, () => void this.scheduled(job), {
        name: `job:${job.name}`,
        timezone: TIME_ZONE,
        noOverlap: true,
        distributed: true,
        runCoordinator,
        distributedLease: FIRE_CLAIM_MS,
        logger: cronLogger(logger),
      });
      this.tasks.push(task);
      logger.info({ job: job.name, schedule }, 'job scheduled');
    }
  }

  async stop(): Promise<void> {
    await Promise.all(this.tasks.splice(0).map((t) => t.destroy()));
    await Promise.allSettled([...this.running]);
  }

  /** One run under the job's lock; `busy` if another holds it. Throws what the job throws. */
  async run(
    job: Job,
    opts: { now?: Date; progress?: (done: number, total: number) => void } = {},
  ): Promise<JobOutcome> {
    const deps = this.deps();
    const lock = await takeLock(deps.redis, `job-lock:${job.name}`, job.lockSeconds * 1000);
    if (!lock) {
      deps.logger.info({ job: job.name }, 'job skipped: another instance is running it');
      return { status: 'busy' };
    }
    const started = Date.now();
    const logger = deps.logger.child({ job: job.name });
    const work = job.run({
      deps,
      logger,
      now: opts.now ?? new Date(),
      progress: opts.progress ?? (() => undefined),
    });
    this.running.add(work);
    try {
      const counts = await work;
      const ms = Date.now() - started;
      if (!lock.held()) logger.warn('job lock expired during the run: raise its lockSeconds');
      logger.info({ ...counts, ms }, 'job done');
      return { status: 'done', counts, ms };
    } catch (err) {
      logger.error({ err, ms: Date.now() - started }, 'job failed');
      throw err;
    } finally {
      this.running.delete(work);
      await lock.release().catch(() => undefined);
    }
  }

  private async scheduled(job: Job): Promise<void> {
    // A failed run is logged by run(); the next tick tries again.
    await this.run(job).catch(() => undefined);
  }
}
