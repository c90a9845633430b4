import { deadlineSweepJob } from '../applications/deadline-sweep';
import { auditBulletinJob } from '../audit/checkpoint-bulletin';
import { paymentCutoffJob } from '../recipients/payment-cutoff';
import { reviewRemindersJob } from '../recipients/review-reminders';
import type { Job } from './job';

/** Every scheduled job of the product; add one here (see README.md). */
export const productJobs: readonly Job[] = [
  deadlineSweepJob,
  auditBulletinJob,
  reviewRemindersJob,
  paymentCutoffJob,
];
