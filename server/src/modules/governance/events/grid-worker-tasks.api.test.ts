import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventAction, jurisdictionOf, pointIn, reportEvent } from '../../../../test/factories.ts';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.ts';
import { mulberry32 } from '../../geography/prng.ts';

let t: TestApp;
let citizen: Session;
let gridworker: Session;
let handler: Session;
let grid: string;
let otherGrid: string;
const rng = mulberry32(23);

beforeAll(async () => {
  t = await buildTestApp();
  citizen = await t.loginCitizen('13800138011');
  gridworker = await t.login('gridworker');
  handler = await t.login('handler');
  grid = await jurisdictionOf(t, 'gridworker');
  otherGrid = t.app.geo.atLevel('grid').find((g) => g.code !== grid)!.code;
});
afterAll(async () => t?.close());

const at = (code: string) => pointIn(t, code, rng);

const report = (session: Session, body: Record<string, unknown>) => reportEvent(t, session, body);

const act = (session: Session, id: string, action: string, payload: Record<string, unknown> = {}) =>
  eventAction(t, session, id, action, payload);

const listed = async (query: string) => {
  const res = await t.request(gridworker, { method: 'GET', url: `/api/v1/gov/events?${query}` });
  expect(res.statusCode).toBe(200);
  return (res.json().events as Array<{ id: string }>).map((e) => e.id);
};

describe("a grid worker's task list", () => {
  it('holds only the events they can take a step on now', async () => {
    // To confirm on site: a new report in their grid.
    const toConfirm = await report(citizen, { description: '路边垃圾三天没人收了', ...at(grid) });
    // Their own patrol report in another grid: theirs to see, that grid's worker's to confirm.
    const ownElsewhere = await report(gridworker, {
      description: '巡查发现：路边护栏倒了',
      classCode: '02004',
      ...at(otherGrid),
    });
    // Confirmed and now with the unit: nothing for the grid worker until it is disposed.
    const withUnit = await report(citizen, { description: '人行道上有人摆摊卖水果', ...at(grid) });
    expect((await act(gridworker, withUnit.id, 'confirm')).statusCode).toBe(200);
    // Disposed: theirs to check.
    const toCheck = await report(citizen, { description: '绿化带喷灌水管爆了在漏水', ...at(grid) });
    expect((await act(gridworker, toCheck.id, 'confirm')).statusCode).toBe(200);
    const disposed = await act(handler, toCheck.id, 'dispose', { note: '已更换水管' });
    expect(disposed.json().to).toBe('disposed');

    const seen = await listed('open=true');
    expect(seen).toEqual(expect.arrayContaining([toConfirm.id, ownElsewhere.id, withUnit.id, toCheck.id]));
    // The other grid's report is refused to them, so it must not be offered as a task.
    expect((await act(gridworker, ownElsewhere.id, 'confirm')).statusCode).toBe(403);

    const tasks = await listed('actionable=true');
    expect(tasks).toEqual(expect.arrayContaining([toConfirm.id, toCheck.id]));
    expect(tasks).not.toContain(ownElsewhere.id);
    expect(tasks).not.toContain(withUnit.id);
  });

  it('refuses a malformed actionable flag with the field named', async () => {
    const res = await t.request(gridworker, { method: 'GET', url: '/api/v1/gov/events?actionable=maybe' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('actionable');
  });
});
