import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jurisdictionOf } from '../../../../test/factories.ts';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.ts';
import { mulberry32 } from '../../geography/prng.ts';

// An anonymous report stays anonymous: no staff-facing representation of the event names its reporter or shows
// their phone; the reporter themself still sees who they are.

let t: TestApp;
let reporter: Session;
let operator: Session;
let gridworker: Session;
let handler: Session;
let supervisor: Session;
let grid: string;
const rng = mulberry32(13);
const NAME = '王小明';
const PHONE = '13800138000';

beforeAll(async () => {
  t = await buildTestApp();
  reporter = await t.loginCitizen(PHONE);
  operator = await t.login('operator');
  gridworker = await t.login('gridworker');
  handler = await t.login('handler');
  supervisor = await t.login('supervisor');
  grid = await jurisdictionOf(t, 'gridworker');
});
afterAll(async () => t?.close());

const act = (s: Session, id: string, action: string, payload: Record<string, unknown> = {}) =>
  t.request(s, { method: 'POST', url: `/api/v1/gov/events/${id}/actions/${action}`, payload });
const get = (s: Session | null, url: string) => t.request(s, { method: 'GET', url });

const expectNoReporter = (body: string) => {
  expect(body).not.toContain(NAME);
  expect(body).not.toContain(PHONE);
  expect(body).not.toContain('138****8000');
};

describe('an anonymous report', () => {
  it('names its reporter to nobody but the reporter, on every page, list and export', async () => {
    const [lng, lat] = t.app.geo.randomPointIn(grid, rng);
    const reported = await t.request(reporter, {
      method: 'POST',
      url: '/api/v1/gov/events',
      payload: { description: '绿化带里的喷灌水管爆了，一直在漏水', lng, lat, anonymous: true },
    });
    expect(reported.statusCode).toBe(201);
    const e = reported.json().event;
    expect((await act(gridworker, e.id, 'confirm')).statusCode).toBe(200);
    expect((await act(handler, e.id, 'dispose', { note: '已更换水管' })).statusCode).toBe(200);
    expect((await act(gridworker, e.id, 'check_pass')).statusCode).toBe(200);
    // The reporter's own step (the rating) names them on the timeline too, and must not either.
    expect((await act(reporter, e.id, 'rate', { rating: 4 })).statusCode).toBe(200);

    for (const staff of [operator, gridworker, handler, supervisor]) {
      const page = await get(staff, `/api/v1/gov/events/${e.id}`);
      expect(page.statusCode).toBe(200);
      expectNoReporter(page.body);
      const timeline = page.json().event.timeline as Array<{
        action: string;
        actor: string;
        anonymousActor?: boolean;
      }>;
      expect(timeline.find((l) => l.action === 'report')?.actor).toBe('匿名');
      // Marked as such, so that an English screen says "Anonymous".
      expect(timeline.find((l) => l.action === 'report')?.anonymousActor).toBe(true);
      expect(timeline.find((l) => l.action === 'rate')?.actor).toBe('匿名');
      expect(page.json().event.reporter).toEqual({ anonymous: true, name: null });
      const list = await get(staff, '/api/v1/gov/events?limit=500');
      expect(list.statusCode).toBe(200);
      expectNoReporter(list.body);
    }
    const csv = await get(operator, '/api/v1/gov/indicators?format=csv');
    expect(csv.statusCode).toBe(200);
    expectNoReporter(csv.body);
    for (const format of ['json', 'xml']) {
      const open311 = await get(null, `/open311/v2/requests/${e.eventNo}.${format}`);
      expect(open311.statusCode).toBe(200);
      expectNoReporter(open311.body);
    }

    const own = (await get(reporter, `/api/v1/gov/events/${e.id}`)).json().event;
    const ownTimeline = own.timeline as Array<{ action: string; actor: string }>;
    expect(ownTimeline.find((l) => l.action === 'report')?.actor).toContain(NAME);
    expect(own.timeline.find((l: { action: string }) => l.action === 'report').anonymousActor).toBe(false);
    expect(ownTimeline.find((l) => l.action === 'rate')?.actor).toContain(NAME);
  });
});

describe('a named report', () => {
  it('shows staff who may see it the reporter’s name and masked phone, never the full number', async () => {
    const [lng, lat] = t.app.geo.randomPointIn(grid, rng);
    const reported = await t.request(reporter, {
      method: 'POST',
      url: '/api/v1/gov/events',
      payload: { description: '小区门口的路灯坏了好几天', lng, lat },
    });
    expect(reported.statusCode).toBe(201);
    const id = reported.json().event.id;
    for (const staff of [operator, gridworker]) {
      const page = await get(staff, `/api/v1/gov/events/${id}`);
      expect(page.json().event.reporter).toEqual({ anonymous: false, name: expect.stringContaining(NAME) });
      expect(page.json().event.reporterPhone).toBe('138****8000');
      expect(page.body).not.toContain(PHONE);
      const listed = (await get(staff, '/api/v1/gov/events?limit=500'))
        .json()
        .events.find((e: { id: string }) => e.id === id);
      expect(listed.reporterPhone).toBe('138****8000');
    }
  });
});
