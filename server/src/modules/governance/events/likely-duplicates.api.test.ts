import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jurisdictionOf } from '../../../../test/factories.ts';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.ts';
import { mulberry32 } from '../../geography/prng.ts';

let t: TestApp;
let operator: Session;
let grid: string;
const rng = mulberry32(11);

beforeAll(async () => {
  t = await buildTestApp();
  operator = await t.login('operator');
  grid = await jurisdictionOf(t, 'gridworker');
});
afterAll(async () => t?.close());

const spot = () => {
  const [lng, lat] = t.app.geo.randomPointIn(grid, rng);
  return { lng: lng!, lat: lat! };
};

/** An operator's report with the class named, as the hotline takes it. */
const report = async (body: Record<string, unknown>) => {
  const res = await t.request(operator, {
    method: 'POST',
    url: '/api/v1/gov/events',
    payload: { channel: 'hotline', ...body },
  });
  expect(res.statusCode).toBe(201);
  return res.json().event as { id: string; eventNo: string };
};

const duplicatesOf = async (id: string) => {
  const res = await t.request(operator, { method: 'GET', url: `/api/v1/gov/events/${id}` });
  return res.json().event.possibleDuplicates as Array<{ id: string; reason: string; classCode: string }>;
};

describe('likely duplicates near a report', () => {
  it('sees a sibling class at the same spot (上水井盖 beside 雨水井盖), not an unrelated class', async () => {
    const place = spot();
    const water = await report({ description: '路边井盖不见了', classCode: '01001', ...place });
    const storm = await report({ description: '井盖丢了，很危险', classCode: '01003', ...place });
    const refuse = await report({ description: '路边一堆垃圾', classCode: '06010', ...place });

    const nearStorm = await duplicatesOf(storm.id);
    expect(nearStorm.map((d) => d.id)).toEqual([water.id]);
    expect(nearStorm[0]!.reason).toBe('sibling_class');
    expect((await duplicatesOf(water.id)).map((d) => d.id)).toEqual([storm.id]);
    expect((await duplicatesOf(refuse.id)).map((d) => d.id)).toEqual([]);
  });

  it('sees a class about the same kind of component, and ranks the same component, then the same class first', async () => {
    const r = await t.db.query<{ id: string; lng: number; lat: number }>(
      "SELECT id, lng, lat FROM components WHERE class_code = '01003' ORDER BY id LIMIT 1",
    );
    const cover = r.rows[0]!;
    const place = { lng: cover.lng, lat: cover.lat };
    // 道路积水 concerns storm drains (01003): a flooded road beside a storm-drain cover is likely one problem.
    const flood = await report({ description: '路口积水很深', classCode: '06021', ...place });
    const sibling = await report({ description: '井盖松了', classCode: '01001', ...place });
    const sameClass = await report({ description: '雨水井盖缺失', classCode: '01003', ...place });
    const sameCover = await report({
      description: '这个井盖破了',
      classCode: '06021',
      componentId: cover.id,
      ...place,
    });
    const probe = await report({
      description: '雨水井盖被偷了',
      classCode: '01003',
      componentId: cover.id,
      ...place,
    });

    const found = await duplicatesOf(probe.id);
    expect(found.map((d) => [d.id, d.reason])).toEqual([
      [sameCover.id, 'same_component'],
      [sameClass.id, 'same_class'],
      [sibling.id, 'sibling_class'],
      [flood.id, 'same_component_class'],
    ]);
  });
});
