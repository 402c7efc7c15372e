import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildItem, COMPLETE_CHECKLIST, publishItem, registerPerson } from '../../../test/factories.ts';
import { buildTestApp, type Session, type TestApp } from '../../../test/helpers.ts';
import { crossCheckTrustFirst } from './cross-check.service.ts';

let t: TestApp;
let admin: Session;
let clerk: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.login('admin');
  clerk = await t.login('clerk');
});
afterAll(async () => t?.close());

const ready = COMPLETE_CHECKLIST;

describe('trust first, verify later (先信任后审批)', () => {
  it('flags a case whose declared fact the cross-check finds untrue, and shows it on the next application', async () => {
    const code = await publishItem(
      t,
      admin,
      buildItem({
        name: '高龄补贴（先信任）',
        trustFirst: true,
        verifications: [
          {
            id: 'senior',
            predicate: 'age_over_80',
            system: 'household',
            description: '年满80周岁',
            expected: true,
            subject: 'applicant',
          },
        ],
      }),
    );
    const idNumber = await registerPerson(t, clerk, '申报 不实', '1990-07-07');
    const open = async () =>
      (
        await t.request(clerk, {
          method: 'POST',
          url: '/api/v1/cases',
          payload: { itemCode: code, applicant: { kind: 'person', idNumber } },
        })
      ).json().case;
    const first = await open();
    expect(first.applicantFlags).toEqual([]);
    await t.request(clerk, { method: 'PATCH', url: `/api/v1/cases/${first.id}/checklist`, payload: ready });
    const done = await t.request(clerk, {
      method: 'POST',
      url: `/api/v1/cases/${first.id}/actions/complete_instant`,
      payload: {},
    });
    expect(done.json().case.state).toBe('completed'); // it went ahead on the declaration

    const deps = {
      db: t.db,
      pii: t.app.pii,
      deadlines: t.app.deadlines,
      verifier: t.app.verifier,
      now: () => new Date(),
    };
    expect(await crossCheckTrustFirst(deps, t.config.districtCode)).toEqual({ checked: 1, flagged: 1 });
    expect(await crossCheckTrustFirst(deps, t.config.districtCode)).toEqual({ checked: 0, flagged: 0 });

    const supervisor = await t.login('supervisor');
    const flags = (await t.request(supervisor, { method: 'GET', url: '/api/v1/supervision/flags' })).json()
      .items;
    expect(flags).toEqual([
      expect.objectContaining({
        caseNo: first.caseNo,
        predicate: 'age_over_80',
        declared: true,
        found: false,
      }),
    ]);

    const afterCheck = (await t.request(clerk, { method: 'GET', url: `/api/v1/cases/${first.id}` })).json()
      .case;
    expect(afterCheck.flagged).toBe(true);
    expect(afterCheck.timeline.map((e: { action: string }) => e.action)).toContain('cross_check_mismatch');

    const next = await open();
    expect(next.applicantFlags).toEqual([
      expect.objectContaining({ caseNo: first.caseNo, predicate: 'age_over_80' }),
    ]);
  });
});
