import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jurisdictionOf } from '../../../../test/factories.ts';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.ts';
import { mulberry32 } from '../../geography/prng.ts';

// Every step of an event decides who may take it before it writes: a refused actor leaves the event's row
// version, state, tasks, timeline and the messages to its reporters exactly as they were. An event the actor may
// not see answers 404, as its page does; one they see but may not act on answers 403.

let t: TestApp;
let reporter: Session;
let otherCitizen: Session;
let operator: Session;
let gridworker: Session;
/** The grid worker of a grid in another street: the demo grid's events are not theirs to see. */
let otherGridWorker: Session;
let handler: Session;
/** An approver of the market regulator, a unit the test's events are not dispatched to. */
let otherUnit: Session;
let supervisor: Session;
let grid: string;
const rng = mulberry32(11);

beforeAll(async () => {
  t = await buildTestApp();
  reporter = await t.loginCitizen('13800138000');
  otherCitizen = await t.loginCitizen('13900139000');
  operator = await t.login('operator');
  gridworker = await t.login('gridworker');
  handler = await t.login('handler');
  otherUnit = await t.login('approver');
  supervisor = await t.login('supervisor');
  grid = await jurisdictionOf(t, 'gridworker');
  const elsewhere = t.app.geo.atLevel('grid').find((g) => !g.code.startsWith(grid.slice(0, 9)))!;
  otherGridWorker = await t.login(`gw.${elsewhere.code}`);
});
afterAll(async () => t?.close());

const act = (s: Session, id: string, action: string, payload: Record<string, unknown> = {}) =>
  t.request(s, { method: 'POST', url: `/api/v1/gov/events/${id}/actions/${action}`, payload });

const ok = async (res: Promise<{ statusCode: number; body: string }>) => {
  const r = await res;
  expect(r.statusCode, r.body).toBeLessThan(300);
};

/** A burst pipe in the demo grid worker's grid, reported by the citizen: the city-management unit disposes it. */
async function reported(by = reporter): Promise<string> {
  const [lng, lat] = t.app.geo.randomPointIn(grid, rng);
  const res = await t.request(by, {
    method: 'POST',
    url: '/api/v1/gov/events',
    payload: { description: '绿化带里的喷灌水管爆了，一直在漏水', lng, lat },
  });
  expect(res.statusCode, res.body).toBe(201);
  expect(res.json().event.unitId).toBe('uml');
  return res.json().event.id;
}

async function dispatched(): Promise<string> {
  const id = await reported();
  await ok(act(gridworker, id, 'confirm'));
  return id;
}

async function disposed(): Promise<string> {
  const id = await dispatched();
  await ok(act(handler, id, 'dispose', { note: '已更换水管' }));
  return id;
}

async function closed(): Promise<string> {
  const id = await disposed();
  await ok(act(gridworker, id, 'check_pass'));
  return id;
}

/** What a refused step must leave alone, read straight from the database. */
async function eventRecord(id: string) {
  const rows = async (sql: string) => (await t.db.query(sql, [id])).rows;
  return {
    event: await rows(
      'SELECT state, row_version, unit_id, class_code, duplicate_of, supervised_at, rating FROM gov_events WHERE id = $1',
    ),
    tasks: await rows('SELECT id, kind, state FROM gov_event_tasks WHERE event_id = $1 ORDER BY id'),
    timeline: await rows('SELECT id, action FROM gov_event_log WHERE event_id = $1 ORDER BY id'),
    photos: await rows('SELECT id FROM gov_event_photos WHERE event_id = $1 ORDER BY id'),
    // What the reporters are told of their event's steps.
    messages: (await t.db.query("SELECT id FROM message_outbox WHERE kind = 'event_update' ORDER BY id"))
      .rows,
  };
}

async function expectRefused(
  id: string,
  status: 403 | 404,
  send: () => Promise<{ statusCode: number; body: string }>,
) {
  const before = await eventRecord(id);
  const res = await send();
  expect(res.statusCode, res.body).toBe(status);
  expect(await eventRecord(id)).toEqual(before);
}

describe('the grid worker’s steps: confirm, reject, check', () => {
  it.each([
    ['confirm', {}],
    ['reject', { reasons: ['现场无此问题'] }],
  ])('%s is refused to a grid worker of another grid and to the unit', async (action, payload) => {
    const id = await reported();
    await expectRefused(id, 404, () => act(otherGridWorker, id, action, payload));
    await expectRefused(id, 403, () => act(handler, id, action, payload));
  });

  it('confirming is refused to a grid worker who reported the event in someone else’s grid', async () => {
    const id = await reported(otherGridWorker);
    await expectRefused(id, 403, () => act(otherGridWorker, id, 'confirm'));
  });

  it.each([
    ['check_pass', {}],
    ['check_fail', { reasons: ['水管仍在漏水'] }],
  ])('%s is refused to a grid worker of another grid and to the unit', async (action, payload) => {
    const id = await disposed();
    await expectRefused(id, 404, () => act(otherGridWorker, id, action, payload));
    await expectRefused(id, 403, () => act(handler, id, action, payload));
  });
});

describe('the unit’s steps: dispose, send back', () => {
  it.each([
    ['dispose', { note: '已处置' }],
    ['send_back', { reasons: ['不属于本单位'] }],
  ])('%s is refused to another unit and to the grid worker', async (action, payload) => {
    const id = await dispatched();
    await expectRefused(id, 404, () => act(otherUnit, id, action, payload));
    await expectRefused(id, 403, () => act(gridworker, id, action, payload));
  });
});

describe('the command centre’s steps: void, reclassify, merge, park, resume', () => {
  it.each([
    ['void', { reasons: ['重复上报'] }],
    ['reclassify', { classCode: '01001' }],
    ['park', { reasons: ['等待资金'] }],
  ])('%s is refused to the unit, the grid worker and the supervisor', async (action, payload) => {
    const id = await dispatched();
    for (const s of [handler, gridworker, supervisor])
      await expectRefused(id, 403, () => act(s, id, action, payload));
  });

  it('merging is refused to the unit and the grid worker', async () => {
    const original = await reported();
    const id = await reported();
    for (const s of [handler, gridworker])
      await expectRefused(id, 403, () => act(s, id, 'merge', { into: original }));
  });

  it('resuming a parked event is refused to the unit and the grid worker', async () => {
    const id = await dispatched();
    await ok(act(operator, id, 'park', { reasons: ['等待资金'] }));
    for (const s of [handler, gridworker]) await expectRefused(id, 403, () => act(s, id, 'resume'));
  });
});

describe('supervising and rating', () => {
  it('supervising (督办) is refused to the operator and the unit', async () => {
    const id = await dispatched();
    for (const s of [operator, handler]) await expectRefused(id, 403, () => act(s, id, 'supervise'));
  });

  it('rating is refused to a citizen who did not report the event and to the operator', async () => {
    const id = await closed();
    await expectRefused(id, 404, () => act(otherCitizen, id, 'rate', { rating: 1 }));
    await expectRefused(id, 403, () => act(operator, id, 'rate', { rating: 1 }));
  });
});

describe('adding a photo', () => {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  );
  const upload = (s: Session, id: string, stage: string) =>
    t.request(s, {
      method: 'POST',
      url: `/api/v1/gov/events/${id}/photos?stage=${stage}`,
      payload: png,
      headers: { 'content-type': 'image/png' },
    });

  it('is refused to whoever may not see the event or may not add that stage’s photo', async () => {
    const id = await disposed();
    await expectRefused(id, 404, () => upload(otherGridWorker, id, 'check'));
    await expectRefused(id, 404, () => upload(otherUnit, id, 'disposal'));
    await expectRefused(id, 403, () => upload(handler, id, 'check'));
  });
});
