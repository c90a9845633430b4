import { deadlineSweepJob } from '../applications/deadline-sweep';
import { auditBulletinJob } from '../audit/checkpoint-bulletin';
import type { Job } from './job';

/** Every scheduled job of the product; add one here (see README.md). */
export const productJobs: readonly Job[] = [deadlineSweepJob, auditBulletinJob];
