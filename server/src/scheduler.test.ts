import { describe, expect, it } from 'vitest';
import { registeredJobs, registerJob, runScheduledWork, type SchedulerDeps } from './scheduler.ts';

describe('the scheduler', () => {
  const deps = {} as SchedulerDeps;
  const ok = async () => ({ done: 1 });
  const broken = async (): Promise<object> => {
    throw new Error('department unreachable');
  };

  it('runs every registered job once, in order, and a job registered again only once', async () => {
    registerJob({ name: 'first', run: ok });
    registerJob({ name: 'first', run: ok });
    expect(() => registerJob({ name: 'first', run: async () => ({}) })).toThrow(/registered twice/);
    registerJob({ name: 'broken', run: broken });
    registerJob({ name: 'last', run: ok });
    expect(registeredJobs()).toEqual(['first', 'broken', 'last']);
  });

  it('logs a failed job and still runs the others', async () => {
    const errors: string[] = [];
    const log = { error: (o: object, msg: string) => errors.push(`${(o as { job: string }).job}: ${msg}`) };
    expect(await runScheduledWork(deps, '440604', log)).toEqual({ first: { done: 1 }, last: { done: 1 } });
    expect(errors).toEqual(['broken: scheduled case work failed']);
  });

  it('without a log, throws the failure once every job ran', async () => {
    await expect(runScheduledWork(deps, '440604')).rejects.toThrow('department unreachable');
  });
});
