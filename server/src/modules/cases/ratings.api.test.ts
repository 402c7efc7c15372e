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
let code: string;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.login('admin');
  clerk = await t.login('clerk');
  code = await publishItem(t, admin, buildItem({ name: '评价事项', departmentId: 'cab' }));
});
afterAll(async () => t?.close());

const ready = COMPLETE_CHECKLIST;
async function completedCase(birth: string) {
  const idNumber = await registerPerson(t, clerk, '评价 居民', birth);
  const c = await openWindowCase(t, clerk, code, idNumber);
  await t.request(clerk, { method: 'PATCH', url: `/api/v1/cases/${c.id}/checklist`, payload: ready });
  await t.request(clerk, {
    method: 'POST',
    url: `/api/v1/cases/${c.id}/actions/complete_instant`,
    payload: {},
  });
  return c;
}
const rate = (id: string, payload: object) =>
  t.request(clerk, { method: 'POST', url: `/api/v1/cases/${id}/rating`, payload });

describe('好差评 ratings', () => {
  it('takes one rating per completed case; a good one opens nothing', async () => {
    const c = await completedCase('1971-01-01');
    const good = await rate(c.id, { level: 5, indicators: ['efficiency', 'attitude'] });
    expect(good.statusCode).toBe(201);
    expect(good.json()).toEqual({ level: 5, label: '非常满意', rectificationId: null });
    expect((await rate(c.id, { level: 1, indicators: [] })).statusCode).toBe(409);
  });

  it('opens a rectification due in 15 working days for a bad rating, closed by a return visit', async () => {
    const c = await completedCase('1972-02-02');
    const bad = await rate(c.id, { level: 1, indicators: ['efficiency'], comment: '等了很久' });
    const id = bad.json().rectificationId;
    expect(id).toBeTruthy();
    const supervisor = await t.login('supervisor');
    const list = (await t.request(supervisor, { method: 'GET', url: '/api/v1/rectifications' })).json().items;
    const rect = list.find((r: { id: string }) => r.id === id);
    expect(rect).toMatchObject({ state: 'open', departmentId: 'cab', rating: { level: 1 } });
    const days = (new Date(rect.dueAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(18); // 15 working days span at least three weekends

    const wrongDept = await t.request(await t.login('approver'), {
      method: 'POST',
      url: `/api/v1/rectifications/${id}/return-visits`,
      payload: { measures: '优化流程', visitedAt: new Date().toISOString(), applicantSatisfied: true },
    });
    expect(wrongDept.statusCode).toBe(403);
    const closed = await t.request(supervisor, {
      method: 'POST',
      url: `/api/v1/rectifications/${id}/return-visits`,
      payload: {
        measures: '增设窗口，缩短等候',
        visitedAt: new Date().toISOString(),
        applicantSatisfied: true,
        note: '电话回访',
      },
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json().state).toBe('closed');
    const timeline = (await t.request(clerk, { method: 'GET', url: `/api/v1/cases/${c.id}` })).json().case
      .timeline;
    expect(timeline.map((e: { action: string }) => e.action).slice(-2)).toEqual(['rate', 'rectified']);
  });

  it('refuses ratings of unfinished cases and bad levels', async () => {
    const idNumber = await registerPerson(t, clerk, '未办结 居民', '1973-03-03');
    const open = await openWindowCase(t, clerk, code, idNumber);
    expect((await rate(open.id, { level: 4, indicators: [] })).statusCode).toBe(409);
    const tooHigh = await rate(open.id, { level: 6, indicators: [] });
    expect(tooHigh.statusCode).toBe(400);
    expect(tooHigh.json().error.field).toBe('level');
  });
});
