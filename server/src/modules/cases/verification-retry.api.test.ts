import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildItem,
  COMPLETE_CHECKLIST,
  openWindowCase,
  publishItem,
  registerPerson,
} from '../../../test/factories.ts';
import { buildTestApp, type Session, type TestApp } from '../../../test/helpers.ts';
import { type RunningDepartments, startDepartmentSystems } from '../../departments/start-departments.ts';
import type { SchedulerDeps } from '../../scheduler.ts';
import { SettableClock } from '../clock/settable-clock.ts';
import { retryUnavailableVerifications } from './verification-retry.service.ts';

const clock = new SettableClock();
let departments: RunningDepartments;
let t: TestApp;
let admin: Session;
let clerk: Session;
let deps: SchedulerDeps;

beforeAll(async () => {
  // A household registry of its own, started in maintenance: every endpoint answers 503.
  departments = await startDepartmentSystems({
    only: ['household'],
    seed: 'retry-test',
    faults: { household: { down: true } },
  });
  t = await buildTestApp(
    { YIMEN_DEPARTMENT_URLS: JSON.stringify({ household: departments.get('household').url }) },
    { clock },
  );
  admin = await t.login('admin');
  clerk = await t.login('clerk');
  deps = { db: t.db, pii: t.app.pii, deadlines: t.app.deadlines, now: clock.now, verifier: t.app.verifier };
});
afterAll(async () => {
  await t?.close();
  await departments?.close();
});

const adultCheck = (name: string) =>
  buildItem({
    name,
    verifications: [
      {
        id: 'adult',
        predicate: 'age_over_18',
        system: 'household',
        description: '申请人已年满18周岁',
        expected: true,
        subject: 'applicant',
      },
    ],
  });

async function openCaseWhileDown(code: string) {
  const idNumber = await registerPerson(t, clerk, '重试 居民', '1980-05-06');
  const c = await openWindowCase(t, clerk, code, idNumber);
  await t.request(clerk, {
    method: 'PATCH',
    url: `/api/v1/cases/${c.id}/checklist`,
    payload: COMPLETE_CHECKLIST,
  });
  const run = await t.request(clerk, { method: 'POST', url: `/api/v1/cases/${c.id}/verifications/run` });
  expect(run.statusCode).toBe(200);
  expect(run.json().case.verifications[0].state).toBe('unavailable');
  return c.id as string;
}

describe('verifications a department could not answer are asked again in the background', () => {
  it('retries after a pause, on behalf of the clerk who opened the case, once the department is back', async () => {
    const code = await publishItem(t, admin, adultCheck('需核验成年的事项'));
    const caseId = await openCaseWhileDown(code);
    const early = await t.request(clerk, {
      method: 'POST',
      url: `/api/v1/cases/${caseId}/actions/complete_instant`,
      payload: {},
    });
    expect(early.statusCode, early.body).toBe(422);

    // Straight away: too soon to ask again.
    expect(await retryUnavailableVerifications(deps, t.config.districtCode)).toEqual({
      retried: 0,
      answered: 0,
    });

    // Still down a few minutes later: asked again, still unavailable, nothing lost.
    clock.advance(2 * 60_000);
    expect(await retryUnavailableVerifications(deps, t.config.districtCode)).toEqual({
      retried: 1,
      answered: 0,
    });

    departments.get('household').setFaults({ down: false });
    clock.advance(2 * 60_000);
    expect(await retryUnavailableVerifications(deps, t.config.districtCode)).toEqual({
      retried: 1,
      answered: 1,
    });

    const c = (await t.request(clerk, { method: 'GET', url: `/api/v1/cases/${caseId}` })).json().case;
    expect(c.verifications[0]).toMatchObject({ state: 'answered', answer: true });
    const asked = c.timeline.filter((e: { action: string }) => e.action === 'verify');
    expect(asked.map((e: { details: { status: string } }) => e.details.status)).toEqual([
      'unavailable',
      'unavailable',
      'answered',
    ]);
    // The attestation names the clerk who opened the case as the asking official.
    const jws = (
      await t.db.query<{ attestation: string }>(
        'SELECT attestation FROM case_verifications WHERE case_id = $1',
        [caseId],
      )
    ).rows[0]!.attestation;
    const payload = JSON.parse(Buffer.from(jws.split('.')[1]!, 'base64url').toString());
    const opener = await t.db.query<{ id: string }>(`SELECT id FROM users WHERE username = 'clerk'`);
    expect(JSON.stringify(payload)).toContain(opener.rows[0]!.id);

    clock.advance(2 * 60_000);
    expect(await retryUnavailableVerifications(deps, t.config.districtCode)).toEqual({
      retried: 0,
      answered: 0,
    });
    const done = await t.request(clerk, {
      method: 'POST',
      url: `/api/v1/cases/${caseId}/actions/complete_instant`,
      payload: {},
    });
    expect(done.json().case.state).toBe('completed');
  });

  it('leaves closed cases alone', async () => {
    departments.get('household').setFaults({ down: true });
    const code = await publishItem(t, admin, adultCheck('撤回后不再核验'));
    const caseId = await openCaseWhileDown(code);
    const withdrawn = await t.request(clerk, {
      method: 'POST',
      url: `/api/v1/cases/${caseId}/actions/withdraw`,
      payload: {},
    });
    expect(withdrawn.json().case.state, withdrawn.body).toBe('withdrawn');
    departments.get('household').setFaults({ down: false });
    clock.advance(5 * 60_000);
    expect(await retryUnavailableVerifications(deps, t.config.districtCode)).toEqual({
      retried: 0,
      answered: 0,
    });
  });
});
