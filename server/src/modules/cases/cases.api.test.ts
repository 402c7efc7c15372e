import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APPROVER_PASSWORD,
  buildCommitmentItem,
  buildItem,
  COMPLETE_CHECKLIST,
  createApprover,
  publishItem,
  registerPerson,
} from '../../../test/factories.ts';
import { buildTestApp, type Session, type TestApp } from '../../../test/helpers.ts';

let t: TestApp;
let admin: Session;
let clerk: Session;
let instantCode: string;
let commitmentCode: string;

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.login('admin');
  clerk = await t.login('clerk');
  instantCode = await publishItem(t, admin, buildItem({ name: '测试即办事项' }));
  commitmentCode = await publishItem(t, admin, buildCommitmentItem({ name: '测试承诺事项' }));
});
afterAll(async () => t?.close());

const open = (session: Session, payload: object, key?: string) =>
  t.request(session, {
    method: 'POST',
    url: '/api/v1/cases',
    payload,
    headers: key ? { 'idempotency-key': key } : {},
  });
const act = (session: Session, id: string, action: string, payload: object = {}) =>
  t.request(session, { method: 'POST', url: `/api/v1/cases/${id}/actions/${action}`, payload });
const tick = (session: Session, id: string, payload: object) =>
  t.request(session, { method: 'PATCH', url: `/api/v1/cases/${id}/checklist`, payload });
const everything = COMPLETE_CHECKLIST;

describe('an instant item at the window', () => {
  it('is completed in three actions after identifying the applicant, with the timeline and records kept', async () => {
    const idNumber = await registerPerson(t, clerk, '陈大文', '1980-01-02');
    const opened = await open(clerk, {
      itemCode: instantCode,
      applicant: { kind: 'person', idNumber },
      windowNo: '12',
    });
    expect(opened.statusCode).toBe(201);
    const c = opened.json().case;
    expect(c.caseNo).toMatch(/^440604\d{8}W\d{5}$/);
    expect(c.state).toBe('checking');
    expect(c.applicant.name).toBe('陈大文');
    expect(c.checklist.materials.map((m: { id: string }) => m.id)).toEqual(['id_card', 'form', 'photo']);
    expect(c.actions).toContain('complete_instant');
    expect(c.actions).not.toContain('accept');

    expect((await tick(clerk, c.id, everything)).statusCode).toBe(200);
    const done = await act(clerk, c.id, 'complete_instant');
    expect(done.statusCode).toBe(200);
    expect(done.json().case).toMatchObject({ state: 'completed', visits: 1 });
    expect(done.json().case.timeline.map((e: { action: string }) => e.action)).toEqual([
      'open',
      'checklist',
      'complete_instant',
    ]);

    const audit = await t.db.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE target_id = $1 ORDER BY id`,
      [c.caseNo],
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['case.open', 'case.checklist', 'case.complete_instant']);
    const access = await t.db.query(`SELECT 1 FROM person_access_log WHERE case_ref = $1`, [c.caseNo]);
    expect(access.rows.length).toBe(1);
  });

  it('refuses to complete with a material missing, keeps the case, and issues the exact one-time list', async () => {
    const idNumber = await registerPerson(t, clerk, '李小红', '1991-03-04');
    const c = (await open(clerk, { itemCode: instantCode, applicant: { kind: 'person', idNumber } })).json()
      .case;
    await tick(clerk, c.id, {
      materials: [
        { id: 'id_card', status: 'received' },
        { id: 'form', status: 'defective', note: '申请表未签名' },
      ],
      conditions: [{ id: 'resident', met: true }],
    });
    const refused = await act(clerk, c.id, 'complete_instant');
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.field).toBe('checklist');
    expect((await t.request(clerk, { method: 'GET', url: `/api/v1/cases/${c.id}` })).json().case.state).toBe(
      'checking',
    );

    const notice = await act(clerk, c.id, 'notify_incomplete');
    expect(notice.statusCode).toBe(200);
    const after = notice.json().case;
    expect(after.state).toBe('incomplete');
    const shortfall = after.timeline.at(-1).details.shortfall;
    expect(shortfall.materials).toEqual([
      { id: 'form', name: '申请表', status: 'defective', note: '申请表未签名' },
    ]);
    expect(shortfall.conditions).toEqual([]);
  });
});

describe('a commitment item through parallel departments', () => {
  it('is accepted with a promised date, approved by two departments in parallel, then decided and sealed', async () => {
    const idNumber = await registerPerson(t, clerk, '黄志明', '1975-07-08');
    const c = (
      await open(clerk, { itemCode: commitmentCode, applicant: { kind: 'person', idNumber } })
    ).json().case;
    await tick(clerk, c.id, everything);
    const accepted = (await act(clerk, c.id, 'accept')).json().case;
    expect(accepted.state).toBe('in_progress');
    expect(new Date(accepted.promisedDueAt).getTime()).toBeGreaterThan(Date.now() + 10 * 86400_000);
    const active = accepted.nodes
      .filter((n: { state: string }) => n.state === 'active')
      .map((n: { nodeId: string }) => n.nodeId);
    expect(active.sort()).toEqual(['civil', 'housing']);

    // The demo approver works for market regulation: not their node.
    const outsider = await t.login('approver');
    const wrong = await act(outsider, c.id, 'node_approve', { nodeId: 'housing', checked: ['income'] });
    expect(wrong.statusCode).toBe(403);

    const housing = await createApprover(t, admin, 'hcb.approver', 'hcb');
    const civil = await createApprover(t, admin, 'cab.approver', 'cab');
    const unticked = await act(housing, c.id, 'node_approve', { nodeId: 'housing' });
    expect(unticked.statusCode).toBe(422);
    expect(unticked.json().error.field).toBe('checked');

    const first = (
      await act(housing, c.id, 'node_approve', { nodeId: 'housing', checked: ['income'] })
    ).json().case;
    expect(first.state).toBe('in_progress');
    expect(first.nodes.find((n: { nodeId: string }) => n.nodeId === 'final').state).toBe('waiting');
    const second = (await act(civil, c.id, 'node_approve', { nodeId: 'civil', checked: ['family'] })).json()
      .case;
    expect(second.nodes.find((n: { nodeId: string }) => n.nodeId === 'final').state).toBe('active');

    const queue = await t.request(housing, { method: 'GET', url: '/api/v1/queue' });
    expect(queue.json().items.map((i: { caseNo: string }) => i.caseNo)).toContain(c.caseNo);

    const decided = (await act(housing, c.id, 'node_approve', { nodeId: 'final' })).json().case;
    expect(decided.state).toBe('awaiting_seal');
    expect(decided.actions).toEqual([]); // an approver cannot seal
    const sealed = (await act(clerk, c.id, 'seal')).json().case;
    expect(sealed.state).toBe('completed');
  });

  it('goes back to the applicant on a return, and resumes the same node on resubmission', async () => {
    const idNumber = await registerPerson(t, clerk, '冯小美', '1988-09-10');
    const c = (
      await open(clerk, { itemCode: commitmentCode, applicant: { kind: 'person', idNumber } })
    ).json().case;
    await tick(clerk, c.id, everything);
    await act(clerk, c.id, 'accept');
    const civil = await t.login('cab.approver', APPROVER_PASSWORD);
    const noReason = await act(civil, c.id, 'node_return', { nodeId: 'civil' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.field).toBe('reasons');
    const returned = (
      await act(civil, c.id, 'node_return', { nodeId: 'civil', reasons: ['缺少户口簿复印件'] })
    ).json().case;
    expect(returned.state).toBe('correction');
    const resumed = (await act(clerk, c.id, 'resubmit')).json().case;
    expect(resumed.state).toBe('in_progress');
    expect(resumed.nodes.find((n: { nodeId: string }) => n.nodeId === 'civil').state).toBe('active');
  });
});

describe('bad input leaves the case unchanged', () => {
  it('answers unknown items, invalid ID numbers and forbidden roles clearly', async () => {
    const idNumber = await registerPerson(t, clerk, '罗小军', '1970-11-12');
    const unknown = await open(clerk, { itemCode: 'NO-SUCH-ITEM', applicant: { kind: 'person', idNumber } });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.field).toBe('itemCode');

    const badId = await open(clerk, {
      itemCode: instantCode,
      applicant: { kind: 'person', idNumber: '440604198001011234' },
    });
    expect(badId.statusCode).toBe(422);
    expect(badId.json().error.field).toBe('applicant.idNumber');

    const gridworker = await t.login('gridworker');
    expect(
      (await open(gridworker, { itemCode: instantCode, applicant: { kind: 'person', idNumber } })).statusCode,
    ).toBe(403);

    const c = (await open(clerk, { itemCode: instantCode, applicant: { kind: 'person', idNumber } })).json()
      .case;
    const wrongState = await act(clerk, c.id, 'seal');
    expect(wrongState.statusCode).toBe(409);
    const unknownAction = await act(clerk, c.id, 'approve_everything');
    expect(unknownAction.statusCode).toBe(400);
    const unknownMaterial = await tick(clerk, c.id, { materials: [{ id: 'passport', status: 'received' }] });
    expect(unknownMaterial.statusCode).toBe(400);
    expect(unknownMaterial.json().error.field).toBe('materials.0.id');
    const after = (await t.request(clerk, { method: 'GET', url: `/api/v1/cases/${c.id}` })).json().case;
    expect(after.state).toBe('checking');
    expect(after.timeline).toHaveLength(1);
  });

  it('makes a retried submission return the same case instead of a second one', async () => {
    const idNumber = await registerPerson(t, clerk, '周小平', '1966-05-06');
    const payload = { itemCode: instantCode, applicant: { kind: 'person', idNumber } };
    const first = await open(clerk, payload, 'window-12-retry-0001');
    const again = await open(clerk, payload, 'window-12-retry-0001');
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json().case.id).toBe(first.json().case.id);
    const other = await open(clerk, { ...payload, itemCode: commitmentCode }, 'window-12-retry-0001');
    expect(other.statusCode).toBe(409);
  });

  it('keeps the item version a case was opened under', async () => {
    const def = buildItem({ name: '会改版的事项' });
    const code = await publishItem(t, admin, def);
    const idNumber = await registerPerson(t, clerk, '何小雨', '1999-12-24');
    const c = (await open(clerk, { itemCode: code, applicant: { kind: 'person', idNumber } })).json().case;
    const v2 = {
      ...def,
      materials: [...def.materials, { ...def.materials[0]!, id: 'new_proof', name: '新增证明' }],
    };
    expect(
      (
        await t.request(admin, {
          method: 'PUT',
          url: `/api/v1/catalogue/items/${encodeURIComponent(code)}/draft`,
          payload: v2,
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await t.request(admin, {
          method: 'POST',
          url: `/api/v1/catalogue/items/${encodeURIComponent(code)}/publish`,
          payload: {},
        })
      ).statusCode,
    ).toBe(200);
    const after = (await t.request(clerk, { method: 'GET', url: `/api/v1/cases/${c.id}` })).json().case;
    expect(after.item.version).toBe(1);
    expect(after.checklist.materials.map((m: { id: string }) => m.id)).not.toContain('new_proof');
    // The next case is opened under the new version, with its new material (the first is still open).
    const next = (
      await open(clerk, { itemCode: code, applicant: { kind: 'person', idNumber }, despiteOpenCase: true })
    ).json().case;
    expect(next.item.version).toBe(2);
    expect(next.checklist.materials.map((m: { id: string }) => m.id)).toContain('new_proof');
    // Once retired, the item takes no new case.
    const retire = `/api/v1/catalogue/items/${encodeURIComponent(code)}/retire`;
    expect((await t.request(admin, { method: 'POST', url: retire })).statusCode).toBe(200);
    const refused = await open(clerk, {
      itemCode: code,
      applicant: { kind: 'person', idNumber },
      despiteOpenCase: true,
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.field).toBe('itemCode');
  });
});
