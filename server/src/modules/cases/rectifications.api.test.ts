import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildItem,
  COMPLETE_CHECKLIST,
  openWindowCase,
  publishItem,
  registerPerson,
} from '../../../test/factories.ts';
import { buildTestApp, type Session, type TestApp } from '../../../test/helpers.ts';

// 差评整改: a bad rating waits on the list of the rated department and of supervisors until a return visit finds
// the applicant satisfied.

let t: TestApp;
let admin: Session;
let clerk: Session;
let supervisor: Session;
/** Approver of the market regulator (amr). */
let marketApprover: Session;
let civilItem: string;
let marketItem: string;

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.login('admin');
  clerk = await t.login('clerk');
  supervisor = await t.login('supervisor');
  marketApprover = await t.login('approver');
  civilItem = await publishItem(t, admin, buildItem({ name: '整改民政事项', departmentId: 'cab' }));
  marketItem = await publishItem(t, admin, buildItem({ name: '整改市场事项', departmentId: 'amr' }));
});
afterAll(async () => t?.close());

let births = 0;
/** A completed case of the item, rated as given; answers the case and the rectification id. */
async function ratedCase(itemCode: string, rating: object) {
  births += 1;
  const idNumber = await registerPerson(t, clerk, '整改 居民', `1980-01-${String(births).padStart(2, '0')}`);
  const c = await openWindowCase(t, clerk, itemCode, idNumber);
  await t.request(clerk, {
    method: 'PATCH',
    url: `/api/v1/cases/${c.id}/checklist`,
    payload: COMPLETE_CHECKLIST,
  });
  await t.request(clerk, {
    method: 'POST',
    url: `/api/v1/cases/${c.id}/actions/complete_instant`,
    payload: {},
  });
  const rated = await t.request(clerk, {
    method: 'POST',
    url: `/api/v1/cases/${c.id}/rating`,
    payload: rating,
  });
  expect(rated.statusCode, rated.body).toBe(201);
  return { caseId: c.id as string, caseNo: c.caseNo as string, id: rated.json().rectificationId as string };
}

const list = (s: Session | null, query = '') =>
  t.request(s, { method: 'GET', url: `/api/v1/rectifications${query}` });
const visit = (s: Session | null, id: string, payload: object) =>
  t.request(s, { method: 'POST', url: `/api/v1/rectifications/${id}/return-visits`, payload });
const ids = (res: { body: string; json(): { items: Array<{ id: string }> } }) => {
  if (!res.json().items) throw new Error(res.body);
  return res.json().items.map((r) => r.id);
};
const stored = async (id: string) =>
  (
    await t.db.query(
      'SELECT state, measures, return_visits, closed_at, closed_by FROM rectifications WHERE id = $1',
      [id],
    )
  ).rows[0];
/** Just after the rating: a visit may not be dated before it. */
const secondsFromNow = (s: number) => new Date(Date.now() + s * 1000).toISOString();

describe('差评整改 list', () => {
  it('shows the rating, the department by name and the working days left', async () => {
    const r = await ratedCase(civilItem, {
      level: 1,
      indicators: ['efficiency', 'attitude'],
      comment: '排队两小时',
    });
    const res = await list(supervisor);
    expect(res.statusCode).toBe(200);
    const item = res.json().items.find((x: { id: string }) => x.id === r.id);
    expect(item).toMatchObject({
      caseId: r.caseId,
      caseNo: r.caseNo,
      itemName: '整改民政事项',
      departmentId: 'cab',
      departmentName: '禅城区民政局',
      rating: {
        level: 1,
        label: '非常不满意',
        indicators: ['efficiency', 'attitude'],
        comment: '排队两小时',
      },
      state: 'open',
      overdue: false,
      measures: null,
      returnVisits: [],
      closedAt: null,
      closedBy: null,
    });
    expect(item.workingDaysLeft).toBe(15);
    expect(Date.parse(item.dueAt)).toBeGreaterThan(Date.parse(item.openedAt));
    expect(res.json().counts.open).toBeGreaterThanOrEqual(1);
  });

  it('filters by state and, for supervisors, by department', async () => {
    const late = await ratedCase(civilItem, { level: 2, indicators: [] });
    const market = await ratedCase(marketItem, { level: 1, indicators: [] });
    await t.db.query(`UPDATE rectifications SET due_at = now() - interval '7 days' WHERE id = $1`, [late.id]);

    const overdue = await list(supervisor, '?state=overdue');
    expect(ids(overdue)).toContain(late.id);
    expect(ids(overdue)).not.toContain(market.id);
    const lateItem = overdue.json().items.find((x: { id: string }) => x.id === late.id);
    expect(lateItem.overdue).toBe(true);
    expect(lateItem.workingDaysLeft).toBeLessThan(0); // minus the working days since the deadline
    expect(ids(await list(supervisor, '?state=closed'))).not.toContain(late.id);

    const civil = await list(supervisor, '?department=cab');
    expect(ids(civil)).toContain(late.id);
    expect(ids(civil)).not.toContain(market.id);

    const unknown = await list(supervisor, '?department=nowhere');
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.field).toBe('department');
    const badState = await list(supervisor, '?state=pending');
    expect(badState.statusCode).toBe(400);
    expect(badState.json().error.field).toBe('state');
  });

  it('shows a department only its own; other roles are refused', async () => {
    const civil = await ratedCase(civilItem, { level: 1, indicators: [] });
    const market = await ratedCase(marketItem, { level: 2, indicators: ['result'] });
    const own = await list(marketApprover);
    expect(own.statusCode).toBe(200);
    expect(ids(own)).toContain(market.id);
    expect(ids(own)).not.toContain(civil.id);
    expect(own.json().items.every((x: { departmentId: string }) => x.departmentId === 'amr')).toBe(true);
    expect((await list(marketApprover, '?department=amr')).statusCode).toBe(200);
    expect((await list(marketApprover, '?department=cab')).statusCode).toBe(403);
    expect((await list(clerk)).statusCode).toBe(403);
    expect((await list(await t.login('gridworker'))).statusCode).toBe(403);
    expect((await list(null)).statusCode).toBe(401);
  });
});

describe('差评整改 return visits', () => {
  it('keeps the rectification open while the applicant is not satisfied and closes it once they are', async () => {
    const r = await ratedCase(marketItem, { level: 1, indicators: ['efficiency'] });
    const first = await visit(marketApprover, r.id, {
      measures: '增设一个窗口',
      visitedAt: secondsFromNow(0),
      applicantSatisfied: false,
      note: '仍觉得等候太久',
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({
      state: 'open',
      measures: '增设一个窗口',
      returnVisits: [{ applicantSatisfied: false, note: '仍觉得等候太久', by: '审批员 黄志强' }],
      closedAt: null,
    });

    const second = await visit(marketApprover, r.id, {
      measures: '增设一个窗口，午间不停办',
      visitedAt: secondsFromNow(1),
      applicantSatisfied: true,
    });
    expect(second.statusCode).toBe(200);
    expect(second.json()).toMatchObject({
      state: 'closed',
      measures: '增设一个窗口，午间不停办',
      closedBy: '审批员 黄志强',
      workingDaysLeft: null,
      overdue: false,
    });
    expect(second.json().returnVisits).toHaveLength(2);
    expect(second.json().closedAt).toBeTruthy();
    expect(ids(await list(supervisor, '?state=closed'))).toContain(r.id);
    expect(ids(await list(supervisor, '?state=open'))).not.toContain(r.id);

    const before = await stored(r.id);
    const again = await visit(supervisor, r.id, {
      measures: '再次整改',
      visitedAt: secondsFromNow(2),
      applicantSatisfied: true,
    });
    expect(again.statusCode).toBe(409);
    expect(await stored(r.id)).toEqual(before);

    const timeline = (await t.request(clerk, { method: 'GET', url: `/api/v1/cases/${r.caseId}` })).json().case
      .timeline;
    expect(timeline.map((e: { action: string }) => e.action).slice(-3)).toEqual([
      'rate',
      'return_visit',
      'rectified',
    ]);
  });

  it('records a retried visit once', async () => {
    const r = await ratedCase(civilItem, { level: 2, indicators: [] });
    const payload = { measures: '电话致歉并说明', visitedAt: secondsFromNow(0), applicantSatisfied: false };
    expect((await visit(supervisor, r.id, payload)).statusCode).toBe(200);
    const retry = await visit(supervisor, r.id, payload);
    expect(retry.statusCode).toBe(200);
    expect(retry.json().returnVisits).toHaveLength(1);
  });

  it('a refused visit changes nothing', async () => {
    const r = await ratedCase(civilItem, { level: 1, indicators: [] });
    const before = await stored(r.id);
    const good = { measures: '越权整改', visitedAt: secondsFromNow(1), applicantSatisfied: true };
    const otherDepartment = await visit(marketApprover, r.id, good);
    expect(otherDepartment.statusCode).toBe(403);
    expect((await visit(clerk, r.id, good)).statusCode).toBe(403);
    expect((await visit(null, r.id, good)).statusCode).toBe(401);

    const future = await visit(supervisor, r.id, {
      ...good,
      visitedAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(future.statusCode).toBe(422);
    expect(future.json().error.field).toBe('visitedAt');
    const beforeRating = await visit(supervisor, r.id, { ...good, visitedAt: '2026-01-01T09:00:00Z' });
    expect(beforeRating.statusCode).toBe(422);
    expect(beforeRating.json().error.field).toBe('visitedAt');
    const blank = await visit(supervisor, r.id, { ...good, measures: '   ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.field).toBe('measures');
    const unknown = await visit(supervisor, r.id, { ...good, extra: 1 });
    expect(unknown.statusCode).toBe(400);

    expect(await stored(r.id)).toEqual(before);
    expect(before).toMatchObject({ state: 'open', measures: null, return_visits: [], closed_at: null });
    const missing = await visit(supervisor, '00000000-0000-4000-8000-000000000000', good);
    expect(missing.statusCode).toBe(404);
  });
});

describe('the supervisor’s board', () => {
  it('counts the open and overdue rectifications and lists the latest', async () => {
    const r = await ratedCase(marketItem, { level: 1, indicators: [], comment: '态度差' });
    const boardRes = await t.request(supervisor, { method: 'GET', url: '/api/v1/supervision/board' });
    expect(boardRes.statusCode, boardRes.body.slice(0, 300)).toBe(200);
    const board = boardRes.json();
    const counts = (await list(supervisor)).json().counts;
    expect(board.rectifications.open).toBe(counts.open);
    expect(board.rectifications.overdue).toBe(counts.overdue);
    expect(board.rectifications.latest[0]).toMatchObject({
      id: r.id,
      caseNo: r.caseNo,
      departmentName: '禅城区市场监督管理局',
    });
    expect(board.rectifications.latest.length).toBeLessThanOrEqual(5);
  });
});
