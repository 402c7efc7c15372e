import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildItem,
  COMPLETE_CHECKLIST,
  openWindowCase,
  publishItem,
  registerPerson,
} from '../../../test/factories.ts';
import { buildTestApp, type Session, type TestApp } from '../../../test/helpers.ts';

let t: TestApp;
let admin: Session;
let clerk: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.login('admin');
  clerk = await t.login('clerk');
});
afterAll(async () => t?.close());

const withAgeCheck = (overrides = {}) =>
  buildItem({
    name: '需核验年龄的事项',
    verifications: [
      {
        id: 'adult',
        predicate: 'age_over_18',
        system: 'household',
        description: '申请人已年满18周岁',
        expected: true,
        subject: 'applicant',
      },
      {
        id: 'senior',
        predicate: 'age_over_80',
        system: 'household',
        description: '申请人年满80周岁',
        expected: true,
        subject: 'applicant',
      },
    ],
    ...overrides,
  });
const ready = COMPLETE_CHECKLIST;

async function openFor(code: string, birth: string) {
  const idNumber = await registerPerson(t, clerk, '核验 居民', birth);
  const c = await openWindowCase(t, clerk, code, idNumber);
  await t.request(clerk, { method: 'PATCH', url: `/api/v1/cases/${c.id}/checklist`, payload: ready });
  return c;
}

describe('jump verification (跳转核验) on a case', () => {
  it('asks the household registry, keeps only the signed answer, and lets the case proceed on the right answers', async () => {
    const code = await publishItem(t, admin, withAgeCheck());
    const c = await openFor(code, '1940-03-03');
    expect(c.verifications.map((v: { state: string }) => v.state)).toEqual(['pending', 'pending']);
    const early = await t.request(clerk, {
      method: 'POST',
      url: `/api/v1/cases/${c.id}/actions/complete_instant`,
      payload: {},
    });
    expect(early.statusCode).toBe(422);
    expect(early.json().error.field).toBe('verifications');

    const run = await t.request(clerk, {
      method: 'POST',
      url: `/api/v1/cases/${c.id}/verifications/run`,
      payload: {},
    });
    expect(run.statusCode).toBe(200);
    const vs = run.json().case.verifications;
    expect(vs.map((v: { state: string; answer: boolean }) => [v.state, v.answer])).toEqual([
      ['answered', true],
      ['answered', true],
    ]);
    const kept = await t.db.query<{ attestation: string; request_hash: string }>(
      'SELECT attestation, request_hash FROM case_verifications WHERE case_id = $1',
      [c.id],
    );
    for (const row of kept.rows) {
      const payload = JSON.parse(Buffer.from(row.attestation.split('.')[1]!, 'base64url').toString());
      expect(payload).toMatchObject({
        predicate: expect.any(String),
        answer: true,
        caseRef: c.caseNo,
        req: row.request_hash,
      });
      expect(row.attestation).not.toMatch(/\d{17}[\dX]/); // the ID number never travels back
      // The kept attestation still proves itself: signed by the registry, bound to this case and question.
      const check = await t.app.verifier.verifyStoredAttestation(row.attestation, {
        system: 'household',
        predicate: payload.predicate,
        caseRef: c.caseNo,
        requestHash: row.request_hash,
      });
      expect(check.valid).toBe(true);
      const forged = await t.app.verifier.verifyStoredAttestation(row.attestation, {
        system: 'household',
        predicate: payload.predicate,
        caseRef: 'another-case',
        requestHash: row.request_hash,
      });
      expect(forged.valid).toBe(false);
    }
    const access = await t.db.query(
      `SELECT 1 FROM person_access_log WHERE case_ref = $1 AND purpose LIKE '跳转核验%'`,
      [c.caseNo],
    );
    expect(access.rows.length).toBe(2);
    const done = await t.request(clerk, {
      method: 'POST',
      url: `/api/v1/cases/${c.id}/actions/complete_instant`,
      payload: {},
    });
    expect(done.json().case.state).toBe('completed');
  });

  it('holds a case whose answer is not the required one', async () => {
    const code = await publishItem(t, admin, withAgeCheck());
    const c = await openFor(code, '1990-05-05'); // adult, not over 80
    await t.request(clerk, { method: 'POST', url: `/api/v1/cases/${c.id}/verifications/run`, payload: {} });
    const res = await t.request(clerk, {
      method: 'POST',
      url: `/api/v1/cases/${c.id}/actions/complete_instant`,
      payload: {},
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.field).toBe('verifications');
  });

  it('lets a trust-first item proceed on declared facts without waiting for the answers', async () => {
    const code = await publishItem(t, admin, withAgeCheck({ trustFirst: true }));
    const c = await openFor(code, '1990-06-06');
    const res = await t.request(clerk, {
      method: 'POST',
      url: `/api/v1/cases/${c.id}/actions/complete_instant`,
      payload: {},
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().case.state).toBe('completed');
  });

  it('a yes ticks the condition it proves and waives the material it replaces, saying why', async () => {
    const code = await publishItem(
      t,
      admin,
      withAgeCheck({
        name: '核验免材料事项',
        verifications: [
          {
            id: 'adult',
            predicate: 'age_over_18',
            system: 'household',
            description: '申请人已年满18周岁',
            expected: true,
            subject: 'applicant',
            provesCondition: 'resident',
            replacesMaterials: ['photo'],
          },
        ],
      }),
    );
    const idNumber = await registerPerson(t, clerk, '核验 免交', '1985-05-05');
    const c = await openWindowCase(t, clerk, code, idNumber);
    const run = await t.request(clerk, {
      method: 'POST',
      url: `/api/v1/cases/${c.id}/verifications/run`,
      payload: {},
    });
    expect(run.statusCode).toBe(200);
    const after = (await t.request(clerk, { method: 'GET', url: `/api/v1/cases/${c.id}` })).json().case;
    expect(after.checklist.conditions.find((x: { id: string }) => x.id === 'resident')).toMatchObject({
      met: true,
    });
    expect(after.checklist.materials.find((m: { id: string }) => m.id === 'photo')).toMatchObject({
      status: 'waived',
      note: '跳转核验已证明：申请人已年满18周岁',
    });
    // The materials it does not replace are still the clerk's to check.
    expect(after.checklist.materials.find((m: { id: string }) => m.id === 'id_card').status).toBe('pending');
  });

  it('refuses an item whose verification proves a condition the item does not have', async () => {
    const res = await t.request(admin, {
      method: 'POST',
      url: '/api/v1/catalogue/items',
      payload: withAgeCheck({
        name: '错引条件事项',
        verifications: [
          {
            id: 'adult',
            predicate: 'age_over_18',
            system: 'household',
            description: '申请人已年满18周岁',
            expected: true,
            subject: 'applicant',
            provesCondition: 'no_such_condition',
          },
        ],
      }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('verifications.0.provesCondition');
  });
});

describe('jump verification on a real item of the catalogue', () => {
  it('出生登记: 公安户籍 confirms the household is in 禅城, so the condition is met and the 户口簿 is waived', async () => {
    const found = await t.request(clerk, {
      method: 'GET',
      url: `/api/v1/items?q=${encodeURIComponent('出生登记')}`,
    });
    const hit = found.json().items.find((x: { name: string }) => x.name === '出生登记');
    expect(hit).toBeDefined();
    const idNumber = await registerPerson(t, clerk, '户籍 在区', '1992-04-04');
    const opened = await t.request(clerk, {
      method: 'POST',
      url: '/api/v1/cases',
      payload: { itemCode: hit.code, applicant: { kind: 'person', idNumber } },
    });
    expect(opened.statusCode).toBe(201);
    const c = opened.json().case;
    const before = c.checklist.materials.find((m: { id: string }) => m.id === 'household_register');
    expect(before.status).toBe('pending');
    const run = await t.request(clerk, {
      method: 'POST',
      url: `/api/v1/cases/${c.id}/verifications/run`,
      payload: {},
    });
    expect(run.statusCode).toBe(200);
    const after = (await t.request(clerk, { method: 'GET', url: `/api/v1/cases/${c.id}` })).json().case;
    expect(
      after.checklist.conditions.find((x: { id: string }) => x.id === 'parent_household_here'),
    ).toMatchObject({ met: true });
    expect(
      after.checklist.materials.find((m: { id: string }) => m.id === 'household_register'),
    ).toMatchObject({
      status: 'waived',
      note: '跳转核验已证明：申报落户的父（母）常住户口在禅城区',
    });
    // The birth certificate is still the clerk's to see.
    expect(
      after.checklist.materials.find((m: { id: string }) => m.id === 'birth_medical_certificate').status,
    ).toBe('pending');
  });
});
