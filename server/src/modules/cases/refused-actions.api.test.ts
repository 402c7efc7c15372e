import { makeIdNumber } from '@yimen/shared/id-checks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCommitmentItem,
  buildItem,
  COMPLETE_CHECKLIST,
  createApprover,
  publishItem,
  registerPerson,
} from '../../../test/factories.ts';
import { buildTestApp, type Session, type TestApp } from '../../../test/helpers.ts';

// Every action on a case decides who may take it before it writes: a refused actor leaves the case's row
// version, state and timeline exactly as they were.

let t: TestApp;
let admin: Session;
let clerk: Session;
let supervisor: Session;
/** An approver of the market regulator, which has no node on the items below. */
let stranger: Session;
let housing: Session;
let civil: Session;
let applicant: Session;
let otherCitizen: Session;
let commitment: string;
let instant: string;
let applicantId: string;

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.login('admin');
  clerk = await t.login('clerk');
  supervisor = await t.login('supervisor');
  stranger = await t.login('approver');
  housing = await createApprover(t, admin, 'refused_housing', 'hcb');
  civil = await createApprover(t, admin, 'refused_civil', 'cab');
  commitment = await publishItem(t, admin, buildCommitmentItem({ name: '拒绝越权的承诺件' }));
  instant = await publishItem(t, admin, buildItem({ name: '拒绝越权的即办件' }));
  applicantId = makeIdNumber('440604', '1984-03-03', 417);
  const registered = await t.request(clerk, {
    method: 'POST',
    url: '/api/v1/persons',
    payload: { idNumber: applicantId, name: '越权 申请人', phone: '13722223333' },
  });
  expect(registered.statusCode).toBe(201);
  applicant = await t.loginCitizen('13722223333');
  otherCitizen = await t.loginCitizen('13744445555');
});
afterAll(async () => t?.close());

const act = (s: Session, id: string, action: string, payload: object = {}) =>
  t.request(s, { method: 'POST', url: `/api/v1/cases/${id}/actions/${action}`, payload });

const ok = async (res: Promise<{ statusCode: number; body: string }>) => {
  const r = await res;
  expect(r.statusCode, r.body).toBeLessThan(300);
};

let births = 0;
/** A case opened at the window by the clerk, in `checking`. */
async function windowCase(itemCode = commitment): Promise<string> {
  births++;
  const idNumber = await registerPerson(t, clerk, '越权 居民', `1977-05-${String(births).padStart(2, '0')}`);
  const res = await t.request(clerk, {
    method: 'POST',
    url: '/api/v1/cases',
    payload: { itemCode, applicant: { kind: 'person', idNumber } },
  });
  expect(res.statusCode).toBe(201);
  return res.json().case.id;
}

const tick = (id: string) =>
  ok(
    t.request(clerk, { method: 'PATCH', url: `/api/v1/cases/${id}/checklist`, payload: COMPLETE_CHECKLIST }),
  );

/** A commitment case accepted at the window: housing (hcb) and civil (cab) nodes are running. */
async function acceptedCase(): Promise<string> {
  const id = await windowCase();
  await tick(id);
  await ok(act(clerk, id, 'accept'));
  return id;
}

/** Both departments of the first stage approve; the second stage (住建决定, hcb) starts. */
async function approveFirstStage(id: string) {
  await ok(act(civil, id, 'node_approve', { nodeId: 'civil', checked: ['family'] }));
  await ok(act(housing, id, 'node_approve', { nodeId: 'housing', checked: ['income'] }));
}

/** An online application of the signed-in applicant, waiting for pre-review. */
let applications = 0;
async function onlineCase(): Promise<string> {
  applications++;
  const res = await t.request(applicant, {
    method: 'POST',
    url: '/api/v1/applications',
    payload: { itemCode: commitment, applicant: { kind: 'person', idNumber: applicantId } },
    headers: { 'idempotency-key': `refused-actions-${applications}` },
  });
  expect(res.statusCode).toBe(201);
  return res.json().case.id;
}

async function completedCase(): Promise<string> {
  const id = await windowCase(instant);
  await tick(id);
  await ok(act(clerk, id, 'complete_instant'));
  return id;
}

/** What a refused action must leave alone, read straight from the database. */
async function caseRecord(id: string) {
  const c = await t.db.query('SELECT state, row_version FROM cases WHERE id = $1', [id]);
  const events = await t.db.query('SELECT id, action FROM case_events WHERE case_id = $1 ORDER BY id', [id]);
  const nodes = await t.db.query(
    'SELECT node_id, state FROM case_nodes WHERE case_id = $1 ORDER BY node_id',
    [id],
  );
  return { case: c.rows[0], timeline: events.rows, nodes: nodes.rows };
}

async function expectRefused(id: string, send: () => Promise<{ statusCode: number; body: string }>) {
  const before = await caseRecord(id);
  const res = await send();
  expect(res.statusCode, res.body).toBe(403);
  expect(await caseRecord(id)).toEqual(before);
}

describe('suspending and resuming a case', () => {
  it('is refused to an approver whose department has no node on the case, and nothing changes', async () => {
    const id = await acceptedCase();
    await expectRefused(id, () => act(stranger, id, 'suspend', { reasons: ['越权中止'] }));
    await ok(act(supervisor, id, 'suspend', { reasons: ['监察中止'] }));
    await expectRefused(id, () => act(stranger, id, 'resume'));
  });

  it('is refused to an approver whose department’s node is decided and no longer running', async () => {
    const id = await acceptedCase();
    await approveFirstStage(id);
    // The second stage (住建决定, hcb) is running; civil affairs has nothing left on the case.
    await expectRefused(id, () => act(civil, id, 'suspend', { reasons: ['已审完仍中止'] }));
    const offered = (await t.request(civil, { method: 'GET', url: `/api/v1/cases/${id}` })).json().case
      .actions;
    expect(offered).not.toContain('suspend');

    const suspended = await act(housing, id, 'suspend', { reasons: ['等待鉴定结论'] });
    expect(suspended.json().case.state).toBe('suspended');
    await expectRefused(id, () => act(civil, id, 'resume'));
    expect((await act(housing, id, 'resume')).json().case.state).toBe('in_progress');
  });
});

describe('deciding a department node', () => {
  it.each([
    ['node_approve', { nodeId: 'housing', checked: ['income'] }],
    ['node_reject', { nodeId: 'housing', reasons: ['收入不符'] }],
    ['node_return', { nodeId: 'housing', reasons: ['请补充收入证明'] }],
  ])('%s is refused to another department’s approver', async (action, payload) => {
    const id = await acceptedCase();
    await expectRefused(id, () => act(civil, id, action, payload));
    await expectRefused(id, () => act(stranger, id, action, payload));
  });
});

describe('window actions', () => {
  it.each([
    ['accept', {}],
    ['notify_incomplete', {}],
    ['refuse', { reasons: ['不属于本区'] }],
  ])('%s is refused to an approver and to a citizen', async (action, payload) => {
    const id = await windowCase();
    await tick(id);
    await expectRefused(id, () => act(housing, id, action, payload));
    await expectRefused(id, () => act(otherCitizen, id, action, payload));
  });

  it('complete_instant is refused to an approver', async () => {
    const id = await windowCase(instant);
    await tick(id);
    await expectRefused(id, () => act(stranger, id, 'complete_instant'));
  });

  it.each([
    ['prereview_accept', {}],
    ['request_correction', { reasons: ['缺少签名'] }],
  ])('%s is refused to an approver and to the applicant', async (action, payload) => {
    const id = await onlineCase();
    await expectRefused(id, () => act(housing, id, action, payload));
    await expectRefused(id, () => act(applicant, id, action, payload));
  });

  it('seal is refused to the approver who decided the last node', async () => {
    const id = await acceptedCase();
    await approveFirstStage(id);
    await ok(act(housing, id, 'node_approve', { nodeId: 'final' }));
    expect((await caseRecord(id)).case?.state).toBe('awaiting_seal');
    await expectRefused(id, () => act(housing, id, 'seal'));
  });

  it('ticking the checklist and asking the departments are refused to an approver', async () => {
    const id = await windowCase();
    await expectRefused(id, () =>
      t.request(stranger, {
        method: 'PATCH',
        url: `/api/v1/cases/${id}/checklist`,
        payload: COMPLETE_CHECKLIST,
      }),
    );
    await expectRefused(id, () =>
      t.request(stranger, { method: 'POST', url: `/api/v1/cases/${id}/verifications/run` }),
    );
  });
});

describe('the applicant’s actions', () => {
  it('resubmitting and withdrawing are refused to another citizen', async () => {
    const id = await onlineCase();
    await ok(act(clerk, id, 'request_correction', { reasons: ['缺少签名'] }));
    await expectRefused(id, () => act(otherCitizen, id, 'resubmit'));
    await expectRefused(id, () => act(otherCitizen, id, 'withdraw'));
  });

  it('choosing the delivery and uploading a material are refused to another citizen', async () => {
    const id = await onlineCase();
    await expectRefused(id, () =>
      t.request(otherCitizen, {
        method: 'PUT',
        url: `/api/v1/cases/${id}/delivery`,
        payload: { method: 'pickup' },
      }),
    );
    const boundary = '----RefusedUpload';
    await expectRefused(id, () =>
      t.request(otherCitizen, {
        method: 'POST',
        url: `/api/v1/cases/${id}/materials/form/files`,
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: [
          `--${boundary}`,
          'Content-Disposition: form-data; name="file"; filename="form.pdf"',
          'Content-Type: application/pdf',
          '',
          '%PDF-1.4\n%%EOF',
          `--${boundary}--`,
          '',
        ].join('\r\n'),
      }),
    );
    const files = await t.db.query('SELECT 1 FROM case_files WHERE case_id = $1', [id]);
    expect(files.rows).toEqual([]);
  });

  it('rating is refused to a citizen who is not the applicant', async () => {
    const id = await completedCase();
    await expectRefused(id, () =>
      t.request(otherCitizen, {
        method: 'POST',
        url: `/api/v1/cases/${id}/rating`,
        payload: { level: 1, indicators: [] },
      }),
    );
    expect((await t.db.query('SELECT 1 FROM case_ratings WHERE case_id = $1', [id])).rows).toEqual([]);
  });

  it('a return visit is refused to another department’s approver', async () => {
    const id = await completedCase();
    const rated = await t.request(clerk, {
      method: 'POST',
      url: `/api/v1/cases/${id}/rating`,
      payload: { level: 1, indicators: [] },
    });
    const rectificationId = rated.json().rectificationId;
    expect(rectificationId).toBeTruthy();
    await expectRefused(id, () =>
      t.request(stranger, {
        method: 'POST',
        url: `/api/v1/rectifications/${rectificationId}/return-visits`,
        payload: { measures: '越权整改', visitedAt: '2026-12-01T09:00:00Z', applicantSatisfied: true },
      }),
    );
    const rect = await t.db.query('SELECT state FROM rectifications WHERE id = $1', [rectificationId]);
    expect(rect.rows).toEqual([{ state: 'open' }]);
  });
});
