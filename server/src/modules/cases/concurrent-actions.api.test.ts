import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCommitmentItem,
  COMPLETE_CHECKLIST,
  createApprover,
  publishItem,
  registerPerson,
} from '../../../test/factories.ts';
import { buildTestApp, type Session, type TestApp } from '../../../test/helpers.ts';
import { runGuarded, STALE_READ } from '../../db/statement.ts';
import { caseGuardStatement, eventStatement } from './cases.repo.ts';

let t: TestApp;
let admin: Session;
let clerk: Session;
let housing: Session;
let civil: Session;
let itemCode: string;

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.login('admin');
  clerk = await t.login('clerk');
  housing = await createApprover(t, admin, 'conc_housing', 'hcb');
  civil = await createApprover(t, admin, 'conc_civil', 'cab');
  itemCode = await publishItem(t, admin, buildCommitmentItem({ name: '同时审批的事项' }));
});
afterAll(async () => t?.close());

const act = (session: Session, caseId: string, action: string, payload: Record<string, unknown> = {}) =>
  t.request(session, { method: 'POST', url: `/api/v1/cases/${caseId}/actions/${action}`, payload });

let births = 0;
async function acceptedCase(): Promise<string> {
  // A birth date of its own for each applicant, so that no two draw the same ID number.
  births++;
  const idNumber = await registerPerson(t, clerk, '并发 居民', `1979-02-${String(births).padStart(2, '0')}`);
  const opened = await t.request(clerk, {
    method: 'POST',
    url: '/api/v1/cases',
    payload: { itemCode, applicant: { kind: 'person', idNumber } },
  });
  const id = opened.json().case.id as string;
  const ticked = await t.request(clerk, {
    method: 'PATCH',
    url: `/api/v1/cases/${id}/checklist`,
    payload: COMPLETE_CHECKLIST,
  });
  expect(ticked.statusCode).toBe(200);
  expect((await act(clerk, id, 'accept')).statusCode).toBe(200);
  return id;
}

const nodeStates = async (caseId: string) =>
  Object.fromEntries(
    (
      await t.db.query<{ node_id: string; state: string }>(
        'SELECT node_id, state FROM case_nodes WHERE case_id = $1',
        [caseId],
      )
    ).rows.map((n) => [n.node_id, n.state]),
  );

describe('two people acting on one case at the same moment', () => {
  it('two departments approving in parallel both count, and the last one starts the next stage', async () => {
    const id = await acceptedCase();
    const [a, b] = await Promise.all([
      act(housing, id, 'node_approve', { nodeId: 'housing', checked: ['income'] }),
      act(civil, id, 'node_approve', { nodeId: 'civil', checked: ['family'] }),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect(await nodeStates(id)).toEqual({ housing: 'approved', civil: 'approved', final: 'active' });
    const events = await t.db.query<{ action: string; node_id: string | null }>(
      "SELECT action, node_id FROM case_events WHERE case_id = $1 AND action = 'node_approve' ORDER BY node_id",
      [id],
    );
    expect(events.rows).toEqual([
      { action: 'node_approve', node_id: 'civil' },
      { action: 'node_approve', node_id: 'housing' },
    ]);
  });

  it('the same decision sent twice at once is taken once; the second is told the case has moved on', async () => {
    const id = await acceptedCase();
    await act(housing, id, 'node_approve', { nodeId: 'housing', checked: ['income'] });
    await act(civil, id, 'node_approve', { nodeId: 'civil', checked: ['family'] });
    await act(housing, id, 'node_approve', { nodeId: 'final' });
    const results = await Promise.all([act(clerk, id, 'seal'), act(clerk, id, 'seal')]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const documents = await t.db.query<{ kind: string; document_no: string }>(
      "SELECT kind, document_no FROM case_documents WHERE case_id = $1 AND kind = 'certificate'",
      [id],
    );
    expect(documents.rows).toHaveLength(1);
    // The timeline names the number of the one document issued.
    const sealed = await t.db.query<{ details: { document: { documentNo: string } } }>(
      "SELECT details FROM case_events WHERE case_id = $1 AND action = 'seal'",
      [id],
    );
    expect(sealed.rows.map((e) => e.details.document.documentNo)).toEqual([documents.rows[0]!.document_no]);
  });

  it('a write decided on a case that has changed since it was read is refused whole', async () => {
    const id = await acceptedCase();
    const before = await t.db.query<{ row_version: number }>('SELECT row_version FROM cases WHERE id = $1', [
      id,
    ]);
    const version = before.rows[0]!.row_version;
    await act(housing, id, 'node_approve', { nodeId: 'housing', checked: ['income'] });
    const count = async () =>
      (await t.db.query('SELECT 1 FROM case_events WHERE case_id = $1', [id])).rows.length;
    const events = await count();
    const ctx = { actor: null, ip: '127.0.0.1', correlationId: 'test', districtCode: '440604' };
    await expect(
      runGuarded(t.db, caseGuardStatement(id, version, { state: 'withdrawn' }), [
        eventStatement(ctx, id, { action: 'withdraw', to: 'withdrawn' }),
      ]),
    ).rejects.toMatchObject({ code: STALE_READ });
    const after = await t.db.query<{ state: string }>('SELECT state FROM cases WHERE id = $1', [id]);
    expect(after.rows[0]!.state).toBe('in_progress');
    expect(await count()).toBe(events);
  });
});
