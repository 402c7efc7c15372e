import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.ts';
import { mulberry32 } from '../../geography/prng.ts';

let t: TestApp;
let admin: Session;
let operator: Session;
let citizen: Session;
let place: { lng: number; lat: number };
let street: string;

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.login('admin');
  operator = await t.login('operator');
  citizen = await t.loginCitizen('13800138000');
  const grid = t.app.geo.atLevel('grid')[10]!;
  const [lng, lat] = t.app.geo.randomPointIn(grid.code, mulberry32(4));
  place = { lng: lng!, lat: lat! };
  street = grid.code.slice(0, 9);
});
afterAll(async () => t?.close());

const preview = (classCode: string) =>
  t.request(operator, {
    method: 'POST',
    url: '/api/v1/gov/routing/preview',
    payload: { classCode, ...place },
  });

describe('the responsibility list, edited', () => {
  it('routes by the new order at once, explains it, and refuses a line that names what does not exist', async () => {
    expect((await preview('06013')).json().decision.unitId).toBe('hcb');
    const rules = (await t.request(admin, { method: 'GET', url: '/api/v1/gov/routing-rules' })).json()
      .rules as Array<Record<string, unknown>>;
    // The street's own office now takes road damage in this street, ahead of every other line.
    const office = (
      await t.db.query<{ id: string }>('SELECT id FROM departments WHERE street_code = $1', [street])
    ).rows[0]!.id;
    const edited = [
      { classPattern: '06013', areaCode: street, unitId: office, note: '街道自管道路' },
      ...rules.map((r) => ({
        classPattern: r.classPattern,
        areaCode: r.areaCode,
        timeWindow: r.timeWindow,
        unitId: r.unitId,
        note: r.note,
        active: r.active,
      })),
    ];
    const saved = await t.request(admin, {
      method: 'PUT',
      url: '/api/v1/gov/routing-rules',
      payload: { rules: edited },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const now = (await preview('06013')).json().decision;
    expect(now).toMatchObject({ unitId: office, fallback: false });
    expect(now.reason.zh).toContain('第 1 条');

    const bad = await t.request(admin, {
      method: 'PUT',
      url: '/api/v1/gov/routing-rules',
      payload: { rules: [{ classPattern: '06013', unitId: 'no-such-unit' }] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('rules.0.unitId');
    const window = await t.request(admin, {
      method: 'PUT',
      url: '/api/v1/gov/routing-rules',
      payload: {
        rules: [
          { classPattern: '06028', unitId: 'psb', timeWindow: { days: [1, 1], from: '22:00', to: '06:00' } },
        ],
      },
    });
    expect(window.json().error.field).toBe('rules.0.timeWindow.days');
    // Nothing of the refused lists was kept.
    expect((await preview('06013')).json().decision.unitId).toBe(office);
    expect(
      (await t.request(operator, { method: 'PUT', url: '/api/v1/gov/routing-rules', payload: { rules: [] } }))
        .statusCode,
    ).toBe(403);
  });
});

describe('the taxonomy, edited', () => {
  it('saves a new version in force at once, and refuses one with problems or without a class in use', async () => {
    const current = (await t.request(admin, { method: 'GET', url: '/api/v1/gov/taxonomy' })).json();
    const renamed = {
      ...current,
      minors: current.minors.map((m: { code: string; name: string }) =>
        m.code === '06013' ? { ...m, name: '道路破损（含人行道）' } : m,
      ),
    };
    const saved = await t.request(admin, { method: 'PUT', url: '/api/v1/gov/taxonomy', payload: renamed });
    expect(saved.statusCode, saved.body).toBe(200);
    const e = (
      await t.request(citizen, {
        method: 'POST',
        url: '/api/v1/gov/events',
        payload: { description: '人行道地砖松动翘起来了', ...place, anonymous: true },
      })
    ).json().event;
    expect(e.className).toBe('道路破损（含人行道）');

    const broken = { ...current, minors: [...current.minors, { ...current.minors[0], code: '0601' }] };
    const refused = await t.request(admin, { method: 'PUT', url: '/api/v1/gov/taxonomy', payload: broken });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details.problems[0].id).toBe('bad_code');
    const dropped = {
      ...current,
      minors: current.minors.filter((m: { code: string }) => m.code !== e.classCode),
    };
    const inUse = await t.request(admin, { method: 'PUT', url: '/api/v1/gov/taxonomy', payload: dropped });
    expect(inUse.statusCode).toBe(422);
    expect(inUse.json().error.details.dropped).toEqual([e.classCode]);
  });
});
