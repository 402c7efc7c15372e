import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applyOnline,
  buildCommitmentItem,
  COMPLETE_CHECKLIST,
  openWindowCase,
  publishItem,
  registerCitizen,
  registerPerson,
} from '../../../test/factories.ts';
import { buildTestApp, type Session, type TestApp } from '../../../test/helpers.ts';
import type { CaseDeps } from '../cases/case-context.ts';
import { sweepDeadlines } from '../cases/deadline-sweep.service.ts';
import { SettableClock } from '../clock/settable-clock.ts';

const clock = new SettableClock();
let t: TestApp;
let clerk: Session;
let supervisor: Session;
let deps: CaseDeps;
let caseIds: string[] = [];
let itemCode: string;

beforeAll(async () => {
  t = await buildTestApp({}, { clock });
  const admin = await t.login('admin');
  clerk = await t.login('clerk');
  supervisor = await t.login('supervisor');
  deps = { db: t.db, pii: t.app.pii, deadlines: t.app.deadlines, now: clock.now };
  const code = await publishItem(t, admin, buildCommitmentItem({ name: '会超期的事项' }));
  itemCode = code;
  caseIds = [];
  for (const birth of ['1961-02-03', '1962-03-04']) {
    const idNumber = await registerPerson(t, clerk, '超期 测试', birth);
    const c = await openWindowCase(t, clerk, code, idNumber);
    await t.request(clerk, {
      method: 'PATCH',
      url: `/api/v1/cases/${c.id}/checklist`,
      payload: COMPLETE_CHECKLIST,
    });
    const accepted = await t.request(clerk, {
      method: 'POST',
      url: `/api/v1/cases/${c.id}/actions/accept`,
      payload: {},
    });
    expect(accepted.json().case.state).toBe('in_progress');
    caseIds.push(c.id);
  }
});
afterAll(async () => t?.close());

describe('online supervision (在线监察)', () => {
  it('shows running nodes within their limit, then overdue and escalated once the limit passes', async () => {
    const before = (await t.request(supervisor, { method: 'GET', url: '/api/v1/supervision/board' })).json();
    const mine = before.nodes.filter((n: { caseId: string }) => caseIds.includes(n.caseId));
    expect(mine).toHaveLength(4); // two cases × two parallel departments
    expect(mine.every((n: { overdue: boolean }) => !n.overdue)).toBe(true);
    expect(await sweepDeadlines(deps, t.config.districtCode)).toEqual({ dueSoon: 0, overdue: 0 });

    clock.advanceDays(30);
    // Two sweepers at once, as two server processes would run them: each node is marked exactly once.
    const [a, b] = await Promise.all([
      sweepDeadlines(deps, t.config.districtCode),
      sweepDeadlines(deps, t.config.districtCode),
    ]);
    expect(a.overdue + b.overdue).toBe(4);
    expect(await sweepDeadlines(deps, t.config.districtCode)).toEqual({ dueSoon: 0, overdue: 0 });

    const board = (await t.request(supervisor, { method: 'GET', url: '/api/v1/supervision/board' })).json();
    const escalated = board.escalated.filter((n: { caseId: string }) => caseIds.includes(n.caseId));
    expect(escalated).toHaveLength(4);
    expect(escalated[0].usedShare).toBeGreaterThan(1);
    expect(
      board.departments.find((d: { departmentId: string }) => d.departmentId === 'hcb').overdue,
    ).toBeGreaterThanOrEqual(2);

    const timeline = (await t.request(clerk, { method: 'GET', url: `/api/v1/cases/${caseIds[0]}` })).json()
      .case.timeline;
    const escalations = timeline.filter((e: { action: string }) => e.action === 'escalate');
    expect(escalations).toHaveLength(2);
    expect(escalations[0].actor).toBe('系统');
    const audit = await t.db.query(`SELECT 1 FROM audit_log WHERE action = 'case.escalate'`);
    expect(audit.rows.length).toBe(4);
  });

  it('also shows what waits at the windows: online applications for pre-review and cases still being checked', async () => {
    const phone = '13766667777';
    const { idNumber, session: me } = await registerCitizen(t, clerk, '预审 居民', phone, '1979-05-06');
    const online = await applyOnline(t, me, itemCode, idNumber, 'board-prereview-0001');
    const atWindow = (
      await t.request(clerk, {
        method: 'POST',
        url: '/api/v1/cases',
        payload: {
          itemCode,
          applicant: { kind: 'person', idNumber: await registerPerson(t, clerk, '窗口 居民', '1970-01-02') },
        },
      })
    ).json().case;

    const board = (await t.request(supervisor, { method: 'GET', url: '/api/v1/supervision/board' })).json();
    const ids = (list: Array<{ id: string }>) => list.map((c) => c.id);
    expect(ids(board.windows.prereview)).toContain(online.id);
    expect(ids(board.windows.unfinished)).toContain(atWindow.id);
    expect(ids(board.windows.prereview)).not.toContain(atWindow.id);
    const waiting = board.windows.prereview.find((c: { id: string }) => c.id === online.id);
    expect(waiting).toMatchObject({ caseNo: online.caseNo, itemName: '会超期的事项', channel: 'online' });
    expect(Date.parse(waiting.waitingSince)).not.toBeNaN();
  });

  it('is for supervisors only', async () => {
    expect((await t.request(clerk, { method: 'GET', url: '/api/v1/supervision/board' })).statusCode).toBe(
      403,
    );
    const bad = await t.request(supervisor, {
      method: 'GET',
      url: '/api/v1/supervision/departments?from=2026-01-01T00:00:00Z&to=2025-01-01T00:00:00Z',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('to');
  });
});
