import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jurisdictionOf } from '../../../../test/factories.ts';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.ts';
import { mulberry32 } from '../../geography/prng.ts';

let t: TestApp;
let citizen: Session;
let gridworker: Session;
let handler: Session;
let operator: Session;
let grid: string;
const rng = mulberry32(31);

beforeAll(async () => {
  t = await buildTestApp();
  citizen = await t.loginCitizen('13800138021');
  gridworker = await t.login('gridworker');
  handler = await t.login('handler');
  operator = await t.login('operator');
  grid = await jurisdictionOf(t, 'gridworker');
});
afterAll(async () => t?.close());

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 5)]);

const newReport = async () => {
  const [lng, lat] = t.app.geo.randomPointIn(grid, rng);
  const res = await t.request(citizen, {
    method: 'POST',
    url: '/api/v1/gov/events',
    payload: { description: '小区门口雨水井盖不见了', lng, lat },
  });
  expect(res.statusCode).toBe(201);
  return res.json().event as { id: string };
};

const upload = (session: Session, id: string) =>
  t.request(session, {
    method: 'POST',
    url: `/api/v1/gov/events/${id}/photos?stage=confirm`,
    payload: JPEG,
    headers: { 'content-type': 'image/jpeg' },
  });

const view = async (id: string) =>
  (await t.request(operator, { method: 'GET', url: `/api/v1/gov/events/${id}` })).json().event as {
    state: string;
    photos: Array<{ stage: string; url: string }>;
    timeline: Array<{ action: string; details: Record<string, unknown> }>;
  };

describe('photos of the on-site confirmation (核实)', () => {
  it("keeps the grid worker's photo with the confirmation, in the gallery and the timeline", async () => {
    const e = await newReport();
    const added = await upload(gridworker, e.id);
    expect(added.statusCode).toBe(201);
    expect(added.json().photo).toMatchObject({ stage: 'confirm', mime: 'image/jpeg', size: JPEG.length });
    const confirmed = await t.request(gridworker, {
      method: 'POST',
      url: `/api/v1/gov/events/${e.id}/actions/confirm`,
      payload: { note: '现场核实：井盖确实缺失' },
    });
    expect(confirmed.json().to).toBe('dispatched');

    const after = await view(e.id);
    expect(after.photos.map((p) => p.stage)).toEqual(['confirm']);
    expect(after.timeline.map((l) => [l.action, l.details.stage ?? null])).toEqual([
      ['report', null],
      ['photo', 'confirm'],
      ['confirm', null],
    ]);
    const got = await t.request(citizen, { method: 'GET', url: after.photos[0]!.url });
    expect(got.statusCode).toBe(200);
    expect(Buffer.compare(got.rawPayload, JPEG)).toBe(0);
  });

  it('refuses the unit and the reporter, and a refused photo changes nothing', async () => {
    const e = await newReport();
    const before = await view(e.id);
    const byUnit = await upload(handler, e.id);
    expect(byUnit.statusCode).toBe(403);
    expect(byUnit.json().error.field).toBe('stage');
    expect((await upload(citizen, e.id)).statusCode).toBe(403);
    const after = await view(e.id);
    expect(after.photos).toEqual([]);
    expect(after.timeline).toEqual(before.timeline);
    const stored = await t.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM gov_event_photos WHERE event_id = $1',
      [e.id],
    );
    expect(stored.rows[0]!.n).toBe(0);
  });

  it('takes no confirmation photos once the event has gone past it to the check', async () => {
    const e = await newReport();
    await t.request(gridworker, {
      method: 'POST',
      url: `/api/v1/gov/events/${e.id}/actions/confirm`,
      payload: {},
    });
    await t.request(handler, {
      method: 'POST',
      url: `/api/v1/gov/events/${e.id}/actions/dispose`,
      payload: { note: '已更换井盖' },
    });
    const late = await upload(gridworker, e.id);
    expect(late.statusCode).toBe(409);
    expect((await view(e.id)).photos).toEqual([]);
  });
});
