import type { Config } from '../config';
import type { AppDeps } from '../http/deps';
import type { Logger } from '../logger';

/** What a job gets for one run. */
export interface JobContext {
  deps: AppDeps;
  logger: Logger;
  /** The run's clock; a job reads "today" from it, so a test can run a job as of a given day. */
  now: Date;
  /** Reports how far the run is (the admin CLI draws a progress bar from it; the scheduler ignores it). */
  progress: (done: number, total: number) => void;
}

/** A run's counts, logged as one line: { cases: 100000, warned: 312 }. */
export type JobCounts = Record<string, number>;

/**
 * A scheduled job: runs on its node-cron schedule in whichever server instance takes its Redis lock first, and
 * from the admin CLI (`job:run <name>`) under the same lock.
 */
export interface Job {
  /** kebab-case; the CLI argument, the lock key and the `job` field of its log line. */
  name: string;
  description: string;
  /** Its node-cron expression (seconds first), from the configuration; 'off' never schedules it. */
  schedule: (config: Config) => string;
  /**
   * How long one run may hold the lock before another instance may start one; the lock is renewed while the job
   * runs, so this only matters when an instance dies mid-run.
   */
  lockSeconds: number;
  run: (ctx: JobContext) => Promise<JobCounts>;
}
