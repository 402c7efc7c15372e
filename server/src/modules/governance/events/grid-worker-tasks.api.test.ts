import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  const r = await t.db.query<{ jurisdiction_code: string }>(
    "SELECT jurisdiction_code FROM users WHERE username = 'gridworker'",
  );
  grid = r.rows[0]!.jurisdiction_code;
  otherGrid = t.app.geo.atLevel('grid').find((g) => g.code !== grid)!.code;
});
afterAll(async () => t?.close());

const pointIn = (code: string) => {
  const [lng, lat] = t.app.geo.randomPointIn(code, rng);
  return { lng: lng!, lat: lat! };
};

const report = async (session: Session, body: Record<string, unknown>) => {
  const res = await t.request(session, { method: 'POST', url: '/api/v1/gov/events', payload: body });
  expect(res.statusCode).toBe(201);
  return res.json().event as { id: string; eventNo: string };
};

const act = (session: Session, id: string, action: string, payload: Record<string, unknown> = {}) =>
  t.request(session, { method: 'POST', url: `/api/v1/gov/events/${id}/actions/${action}`, payload });

const listed = async (query: string) => {
  const res = await t.request(gridworker, { method: 'GET', url: `/api/v1/gov/events?${query}` });
  expect(res.statusCode).toBe(200);
  return (res.json().events as Array<{ id: string }>).map((e) => e.id);
};

describe("a grid worker's task list", () => {
  it('holds only the events they can take a step on now', async () => {
    // To confirm on site: a new report in their grid.
    const toConfirm = await report(citizen, { description: '路边垃圾三天没人收了', ...pointIn(grid) });
    // Their own patrol report in another grid: theirs to see, that grid's worker's to confirm.
    const ownElsewhere = await report(gridworker, {
      description: '巡查发现：路边护栏倒了',
      classCode: '02004',
      ...pointIn(otherGrid),
    });
    // Confirmed and now with the unit: nothing for the grid worker until it is disposed.
    const withUnit = await report(citizen, { description: '人行道上有人摆摊卖水果', ...pointIn(grid) });
    expect((await act(gridworker, withUnit.id, 'confirm')).statusCode).toBe(200);
    // Disposed: theirs to check.
    const toCheck = await report(citizen, { description: '绿化带喷灌水管爆了在漏水', ...pointIn(grid) });
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
