import { makeIdNumber } from '@yimen/shared/id-checks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCommitmentItem,
  COMPLETE_CHECKLIST,
  createApprover,
  publishItem,
} from '../../../test/factories.ts';
import { buildTestApp, type Session, type TestApp } from '../../../test/helpers.ts';

let t: TestApp;
let admin: Session;
let clerk: Session;
let code: string;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.login('admin');
  clerk = await t.login('clerk');
  code = await publishItem(t, admin, buildCommitmentItem({ name: '网上申请事项' }));
});
afterAll(async () => t?.close());

const act = (s: Session, id: string, action: string, payload: object = {}) =>
  t.request(s, { method: 'POST', url: `/api/v1/cases/${id}/actions/${action}`, payload });

describe('applying online (网上办理)', () => {
  it('goes through pre-review, one correction, two departments in parallel, seal, and an online result — zero visits', async () => {
    const phone = '13711112222';
    const idNumber = makeIdNumber('440604', '1986-08-08', 321);
    expect(
      (
        await t.request(clerk, {
          method: 'POST',
          url: '/api/v1/persons',
          payload: { idNumber, name: '网办 居民', phone },
        })
      ).statusCode,
    ).toBe(201);
    const me = await t.loginCitizen(phone);

    const submit = (key: string) =>
      t.request(me, {
        method: 'POST',
        url: '/api/v1/applications',
        payload: { itemCode: code, applicant: { kind: 'person', idNumber } },
        headers: { 'idempotency-key': key },
      });
    const first = await submit('portal-form-0001');
    expect(first.statusCode).toBe(201);
    const again = await submit('portal-form-0001');
    expect(again.statusCode).toBe(200);
    const c = first.json().case;
    expect(again.json().case.id).toBe(c.id);
    expect(c.caseNo).toMatch(/^440604\d{8}O\d{5}$/);
    expect(c.state).toBe('prereview');

    const correction = await act(clerk, c.id, 'request_correction', { reasons: ['申请表缺少签名，请补正'] });
    expect(correction.json().case.state).toBe('correction');
    expect((await act(me, c.id, 'resubmit')).json().case.state).toBe('prereview');

    await t.request(clerk, {
      method: 'PATCH',
      url: `/api/v1/cases/${c.id}/checklist`,
      payload: COMPLETE_CHECKLIST,
    });
    expect((await act(clerk, c.id, 'prereview_accept')).json().case.state).toBe('in_progress');
    const housing = await createApprover(t, admin, 'online.hcb', 'hcb');
    const civil = await createApprover(t, admin, 'online.cab', 'cab');
    await act(housing, c.id, 'node_approve', { nodeId: 'housing', checked: ['income'] });
    await act(civil, c.id, 'node_approve', { nodeId: 'civil', checked: ['family'] });
    await act(housing, c.id, 'node_approve', { nodeId: 'final' });
    const sealed = (await act(clerk, c.id, 'seal')).json().case;
    expect(sealed.state).toBe('completed');
    expect(sealed.visits).toBe(0);

    const mine = (await t.request(me, { method: 'GET', url: '/api/v1/my/cases' })).json().items;
    expect(mine.map((x: { caseNo: string }) => x.caseNo)).toEqual([c.caseNo]);
    const tracked = (await t.request(me, { method: 'GET', url: `/api/v1/cases/${c.id}` })).json().case;
    expect(tracked.timeline.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining([
        'open',
        'request_correction',
        'resubmit',
        'prereview_accept',
        'node_approve',
        'seal',
      ]),
    );
    const docs = (await t.request(me, { method: 'GET', url: `/api/v1/cases/${c.id}/documents` })).json()
      .items;
    const result = docs.find((d: { kind: string }) => d.kind === 'certificate');
    const pdf = await t.request(me, { method: 'GET', url: `/api/v1/cases/${c.id}/documents/${result.id}` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
  });

  it('refuses an application under somebody else’s ID number, and other people’s cases', async () => {
    const stranger = makeIdNumber('440604', '1955-05-05', 123);
    await t.request(clerk, {
      method: 'POST',
      url: '/api/v1/persons',
      payload: { idNumber: stranger, name: '别人', phone: '13933334444' },
    });
    const me = await t.loginCitizen('13755556666');
    const res = await t.request(me, {
      method: 'POST',
      url: '/api/v1/applications',
      payload: { itemCode: code, applicant: { kind: 'person', idNumber: stranger } },
    });
    expect(res.statusCode).toBe(403);
    expect(res.body).not.toContain('别人');
    const someoneElses = (await t.db.query<{ id: string }>(`SELECT id FROM cases LIMIT 1`)).rows[0]!.id;
    expect((await t.request(me, { method: 'GET', url: `/api/v1/cases/${someoneElses}` })).statusCode).toBe(
      403,
    );
  });
});
