import type { CaseDeps } from './modules/cases/case-context.ts';
import type { Verifier } from './modules/verification/verification.types.ts';

/** What background work is given: the case services' dependencies and the departments' verifier. */
export type SchedulerDeps = CaseDeps & { verifier: Verifier };

/** What one round of a job did, counted (`{dueSoon: 2, overdue: 0}`); a round with only zeros was idle. */
export type JobResult = object;

/** A piece of background work a module registers: its name keys its result in a round's report. */
export interface ScheduledJob {
  name: string;
  run(deps: SchedulerDeps, districtCode: string): Promise<JobResult>;
}

type Log = { error: (o: object, msg: string) => void; info: (o: object, msg: string) => void };

const jobs: ScheduledJob[] = [];

/**
 * Adds a module's job to every round, in the order registered. Registering the same job again (the application is
 * built once per test) changes nothing; another job under a taken name is a mistake.
 */
export function registerJob(job: ScheduledJob): void {
  const taken = jobs.find((j) => j.name === job.name);
  if (!taken) jobs.push(job);
  else if (taken.run !== job.run) throw new Error(`scheduled job ${job.name} is registered twice`);
}

/** The jobs every round runs, by name. */
export const registeredJobs = (): readonly string[] => jobs.map((j) => j.name);

/**
 * One round of background work: every registered job in turn (deadlines, the trust-first cross-check, asking the
 * departments again, the city-governance events' deadlines). A job that fails is logged and left out of the
 * report (or, with no log to write it to, thrown once the others ran); the others still run. Each job is safe to run in several processes at once.
 */
export async function runScheduledWork(
  deps: SchedulerDeps,
  districtCode: string,
  log?: Pick<Log, 'error'>,
): Promise<Record<string, JobResult>> {
  const report: Record<string, JobResult> = {};
  const failures: unknown[] = [];
  for (const job of jobs) {
    try {
      report[job.name] = await job.run(deps, districtCode);
    } catch (err) {
      failures.push(err);
      log?.error({ err, job: job.name }, 'scheduled case work failed');
    }
  }
  // Asked without a log (the demo clock's request), a failure is the answer's to report.
  if (!log && failures.length) throw failures[0];
  return report;
}

const busy = (report: Record<string, JobResult>) =>
  Object.values(report).some((r) => Object.values(r).some((n) => typeof n === 'number' && n > 0));

/** Runs `runScheduledWork` every `intervalMs` until stopped; a failed job is logged and the next round tries again. */
export function startScheduler(
  deps: SchedulerDeps,
  districtCode: string,
  log: Log,
  intervalMs = 60_000,
): () => void {
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      const report = await runScheduledWork(deps, districtCode, log);
      if (busy(report)) log.info(report, 'scheduled case work');
    } catch (err) {
      log.error({ err }, 'scheduled case work failed');
    } finally {
      running = false;
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
