import type { ScheduledJob } from '../../scheduler.ts';
import { crossCheckTrustFirst } from './cross-check.service.ts';
import { sweepDeadlines } from './deadline-sweep.service.ts';
import { retryUnavailableVerifications } from './verification-retry.service.ts';

/**
 * The case service's background work, one round each: deadlines (due soon, overdue, escalation), the trust-first
 * cross-check, and asking again the departments that did not answer.
 */
export const caseJobs: ScheduledJob[] = [
  { name: 'deadlines', run: sweepDeadlines },
  { name: 'crossCheck', run: crossCheckTrustFirst },
  { name: 'verificationRetry', run: retryUnavailableVerifications },
];
