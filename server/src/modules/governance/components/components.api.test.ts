import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.ts';
import { DEMO_CITIZEN_PHONE } from '../../demo/demo-accounts.ts';
import { bboxOf } from '../../geography/planar.ts';
import { DEMO_COMPONENTS } from './generate-components.ts';

let t: TestApp;
let admin: Session;
let operator: Session;
let gridWorker: Session;
let handler: Session;
let citizen: Session;
let shiwanOperator: Session;

interface Item {
  id: string;
  classCode: string;
  className: string;
  status: string;
  lng: number;
  lat: number;
  gridCode: string;
  microGridCode: string;
  distanceM?: number;
}

const SHIWAN = '440604010';
const ZUMIAO = '440604012';

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.login('admin');
  operator = await t.login('operator');
  gridWorker = await t.login('gridworker');
  handler = await t.login('handler');
  citizen = await t.loginCitizen(DEMO_CITIZEN_PHONE);
  const created = await t.request(admin, {
    method: 'POST',
    url: '/api/v1/admin/staff',
    payload: {
      username: 'shiwan.operator',
      displayName: '石湾值班员 邓婷',
      password: 'a-strong-password',
      roles: ['command_operator'],
      departmentId: 'st-shiwan',
      jurisdictionCode: SHIWAN,
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  shiwanOperator = await t.login('shiwan.operator', 'a-strong-password');
});
afterAll(async () => t?.close());

const get = (session: Session | null, url: string) => t.request(session, { method: 'GET', url });
const patch = (session: Session | null, id: string, payload: Record<string, unknown>) =>
  t.request(session, { method: 'PATCH', url: `/api/v1/components/${id}`, payload });
const count = async (sql: string, params: unknown[] = []) =>
  (await t.db.query<{ n: number }>(sql, params)).rows[0]!.n;
const firstIn = async (street: string, status = 'intact') =>
  (
    await t.db.query<{ id: string; lng: number; lat: number; grid_code: string }>(
      `SELECT id, lng, lat, grid_code FROM components WHERE grid_code LIKE $1 || '%' AND status = $2 ORDER BY id LIMIT 1`,
      [street, status],
    )
  ).rows[0]!;

/** Great-circle distance in metres (haversine), independent of the server's formula. */
function haversine(lng1: number, lat1: number, lng2: number, lat2: number): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lng2 - lng1) * rad) / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(a));
}

describe('the demo registry', () => {
  it('holds the demo’s synthetic components over every street of the district', async () => {
    expect(await count('SELECT count(*)::int AS n FROM components')).toBe(DEMO_COMPONENTS);
    expect(await count('SELECT count(*)::int AS n FROM components WHERE NOT synthetic')).toBe(0);
    expect(await count('SELECT count(DISTINCT left(grid_code, 9))::int AS n FROM components')).toBe(4);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM components WHERE id <> district_code || class_code || right(id, 6)`,
      ),
    ).toBe(0);
  });
});

describe('GET /components (map box)', () => {
  const box = [113.1, 23.0, 113.12, 23.02] as const;

  it('returns exactly the components inside the box, with their class names', async () => {
    const res = await get(operator, `/api/v1/components?bbox=${box.join(',')}&limit=2000`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { items: Item[]; total: number; truncated: boolean };
    const inside = await count(
      'SELECT count(*)::int AS n FROM components WHERE lng BETWEEN $1 AND $3 AND lat BETWEEN $2 AND $4',
      [...box],
    );
    expect(inside).toBeGreaterThan(10);
    expect(body.items).toHaveLength(inside);
    expect(body).toMatchObject({ total: inside, truncated: false });
    for (const c of body.items) {
      expect(c.lng).toBeGreaterThanOrEqual(box[0]);
      expect(c.lng).toBeLessThanOrEqual(box[2]);
      expect(c.lat).toBeGreaterThanOrEqual(box[1]);
      expect(c.lat).toBeLessThanOrEqual(box[3]);
    }
    const cover = body.items.find((c) => c.classCode === '01001');
    expect(cover?.className).toBe('上水井盖');
  });

  it('filters by class, status and area, and says when the limit cut the list', async () => {
    const lamps = (await get(gridWorker, `/api/v1/components?bbox=${box.join(',')}&class=01007`)).json();
    expect(lamps.items.length).toBeGreaterThan(0);
    expect(lamps.items.every((c: Item) => c.classCode === '01007')).toBe(true);

    const damaged = (await get(admin, `/api/v1/components?grid=${ZUMIAO}&status=damaged&limit=2000`)).json();
    expect(damaged.total).toBe(
      await count(
        `SELECT count(*)::int AS n FROM components WHERE status = 'damaged' AND grid_code LIKE $1`,
        [`${ZUMIAO}%`],
      ),
    );
    expect(damaged.items.every((c: Item) => c.status === 'damaged' && c.gridCode.startsWith(ZUMIAO))).toBe(
      true,
    );

    const grid = (await t.db.query<{ grid_code: string }>('SELECT grid_code FROM components LIMIT 1'))
      .rows[0]!.grid_code;
    const inGrid = (await get(admin, `/api/v1/components?grid=${grid}`)).json();
    expect(inGrid.total).toBe(
      await count('SELECT count(*)::int AS n FROM components WHERE grid_code = $1', [grid]),
    );

    const cut = (await get(admin, `/api/v1/components?grid=${ZUMIAO}&limit=5`)).json();
    expect(cut.items).toHaveLength(5);
    expect(cut.truncated).toBe(true);
    expect(cut.total).toBe(
      await count('SELECT count(*)::int AS n FROM components WHERE grid_code LIKE $1', [`${ZUMIAO}%`]),
    );
  });

  it('accepts the whole district’s extent but refuses a wider box', async () => {
    const extent = bboxOf(t.app.geo.area('440604')!.geometry);
    const whole = await get(admin, `/api/v1/components?bbox=${extent.join(',')}&limit=1`);
    expect(whole.statusCode, whole.body).toBe(200);
    expect(whole.json().total).toBe(DEMO_COMPONENTS);
    const wider = [extent[0] - 0.01, extent[1], extent[2], extent[3]].join(',');
    const res = await get(admin, `/api/v1/components?bbox=${wider}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation_failed', field: 'bbox' });
    expect(res.json().error.message).toMatch(/more than the district/);
  });

  it.each([
    ['no box and no area', '', 'bbox'],
    ['a malformed box', 'bbox=113.1,23.0,113.12', 'bbox'],
    ['swapped corners', 'bbox=113.12,23.0,113.1,23.02', 'bbox'],
    ['an event class', 'bbox=113.1,23.0,113.12,23.02&class=06010', 'class'],
    ['a class that is not five digits', 'bbox=113.1,23.0,113.12,23.02&class=1001', 'class'],
    ['an unknown status', 'bbox=113.1,23.0,113.12,23.02&status=broken', 'status'],
    ['an unknown area', 'grid=440604999', 'grid'],
    ['a malformed area', 'grid=4406040', 'grid'],
    ['a limit over 2,000', 'bbox=113.1,23.0,113.12,23.02&limit=5000', 'limit'],
    ['an unknown parameter', 'bbox=113.1,23.0,113.12,23.02&colour=red', 'colour'],
  ])('refuses %s with a 400 naming the field', async (_, query, field) => {
    const res = await get(operator, `/api/v1/components?${query}`);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.field).toBe(field);
  });

  it('is for staff only', async () => {
    const url = '/api/v1/components?bbox=113.1,23.0,113.12,23.02';
    expect((await get(null, url)).statusCode).toBe(401);
    expect((await get(citizen, url)).statusCode).toBe(403);
    // The unit an event about a component goes to reads the registry.
    expect((await get(handler, url)).statusCode).toBe(200);
  });
});

describe('GET /components/near', () => {
  it('lists the components within the radius, nearest first, the picked one at distance 0', async () => {
    const picked = await firstIn(ZUMIAO);
    const res = await get(operator, `/api/v1/components/near?lng=${picked.lng}&lat=${picked.lat}&radius=300`);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as Item[];
    expect(items.length).toBeGreaterThan(1);
    expect(items.length).toBeLessThanOrEqual(20);
    expect(items[0]).toMatchObject({ id: picked.id, distanceM: 0 });
    for (let i = 1; i < items.length; i++) {
      expect(items[i]!.distanceM!).toBeGreaterThanOrEqual(items[i - 1]!.distanceM!);
    }
    for (const c of items) {
      expect(c.distanceM!).toBeLessThanOrEqual(300);
      expect(Math.abs(c.distanceM! - haversine(picked.lng, picked.lat, c.lng, c.lat))).toBeLessThan(0.5);
    }
  });

  it('defaults to 50 m, filters by class and finds nothing far from every component', async () => {
    const picked = await firstIn(SHIWAN);
    const near = (await get(operator, `/api/v1/components/near?lng=${picked.lng}&lat=${picked.lat}`)).json();
    expect(near.items.every((c: Item) => c.distanceM! <= 50)).toBe(true);
    const lamps = (
      await get(
        operator,
        `/api/v1/components/near?lng=${picked.lng}&lat=${picked.lat}&radius=1000&class=01007`,
      )
    ).json();
    expect(lamps.items.length).toBeGreaterThan(0);
    expect(lamps.items.every((c: Item) => c.classCode === '01007')).toBe(true);
    const sea = (await get(operator, '/api/v1/components/near?lng=120&lat=20&radius=1000')).json();
    expect(sea.items).toEqual([]);
  });

  it.each([
    ['no latitude', 'lng=113.1', 'lat'],
    ['a longitude out of range', 'lng=200&lat=23', 'lng'],
    ['a radius over 1 km', 'lng=113.1&lat=23&radius=5000', 'radius'],
    ['a zero radius', 'lng=113.1&lat=23&radius=0', 'radius'],
    ['more than 20 answers', 'lng=113.1&lat=23&limit=50', 'limit'],
    ['an event class', 'lng=113.1&lat=23&class=09006', 'class'],
  ])('refuses %s with a 400 naming the field', async (_, query, field) => {
    const res = await get(operator, `/api/v1/components/near?${query}`);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.field).toBe(field);
  });
});

describe('GET /components/:id', () => {
  it('shows one component with its units named', async () => {
    const { id } = await firstIn(ZUMIAO);
    const res = await get(gridWorker, `/api/v1/components/${id}`);
    expect(res.statusCode, res.body).toBe(200);
    const c = res.json().component;
    expect(c).toMatchObject({ id, classCode: id.slice(6, 11), synthetic: true });
    expect(c.ownerUnitName).toMatch(/局|办事处|政府/);
    expect(c.maintenanceUnitName).toMatch(/局|办事处|政府/);
    expect(Date.parse(c.updatedAt)).not.toBeNaN();
  });

  it('answers 404 for a well-formed id not in the registry and 400 for a malformed one', async () => {
    const unknown = await get(operator, '/api/v1/components/44060401001999999');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.field).toBe('id');
    for (const bad of ['123', '44060406010000001', 'abcdefghijklmnopq']) {
      const res = await get(operator, `/api/v1/components/${bad}`);
      expect(res.statusCode, bad).toBe(400);
      expect(res.json().error.field).toBe('id');
    }
  });
});

describe('PATCH /components/:id (state)', () => {
  const audits = (id: string) =>
    t.db.query<{ action: string; outcome: string; actor_name: string; details: Record<string, unknown> }>(
      'SELECT action, outcome, actor_name, details FROM audit_log WHERE target_id = $1 ORDER BY id',
      [id],
    );

  it('records the new state and audits who changed it from what', async () => {
    const { id } = await firstIn(ZUMIAO);
    const before = (await get(operator, `/api/v1/components/${id}`)).json().component;
    const res = await patch(operator, id, { status: 'lost', note: '巡查发现井盖缺失' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().component).toMatchObject({ id, status: 'lost' });
    expect(Date.parse(res.json().component.updatedAt)).toBeGreaterThanOrEqual(Date.parse(before.updatedAt));
    expect((await get(operator, `/api/v1/components/${id}`)).json().component.status).toBe('lost');
    const rows = (await audits(id)).rows.filter((r) => r.action === 'component.status');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ outcome: 'success', actor_name: '值班员 张健' });
    expect(rows[0]!.details).toMatchObject({ from: 'intact', to: 'lost', note: '巡查发现井盖缺失' });

    // Setting the same state again changes and records nothing.
    expect((await patch(operator, id, { status: 'lost' })).statusCode).toBe(200);
    expect((await audits(id)).rows.filter((r) => r.action === 'component.status')).toHaveLength(1);
  });

  it('lets a street’s operator change components in that street only', async () => {
    const mine = await firstIn(SHIWAN);
    expect((await patch(shiwanOperator, mine.id, { status: 'damaged' })).statusCode).toBe(200);

    const other = await firstIn(ZUMIAO);
    const res = await patch(shiwanOperator, other.id, { status: 'damaged' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('out_of_jurisdiction');
    expect((await get(operator, `/api/v1/components/${other.id}`)).json().component.status).toBe('intact');
    const denied = (await audits(`/api/v1/components/${other.id}`)).rows;
    expect(denied.at(-1)).toMatchObject({ outcome: 'denied', actor_name: '石湾值班员 邓婷' });
  });

  it('refuses citizens and read-only staff, leaving the component as it was', async () => {
    const { id } = await firstIn(SHIWAN);
    for (const who of [citizen, gridWorker, handler]) {
      const res = await patch(who, id, { status: 'removed' });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
    }
    expect((await patch(null, id, { status: 'removed' })).statusCode).toBe(401);
    expect((await get(admin, `/api/v1/components/${id}`)).json().component.status).toBe('intact');
    expect(
      (await audits(`/api/v1/components/${id}`)).rows.filter((r) => r.outcome === 'denied'),
    ).toHaveLength(3);
  });

  it.each([
    ['an unknown status', { status: 'broken' }, 'status'],
    ['no status', {}, 'status'],
    ['an unknown field', { status: 'damaged', colour: 'red' }, 'colour'],
    ['an empty note', { status: 'damaged', note: '' }, 'note'],
  ])('refuses %s with a 400 naming the field', async (_, body, field) => {
    const { id } = await firstIn(SHIWAN);
    const res = await patch(admin, id, body);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.field).toBe(field);
  });

  it('answers 404 for an unknown component and 400 for a malformed id', async () => {
    const unknown = await patch(admin, '44060401007999999', { status: 'damaged' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.field).toBe('id');
    const malformed = await patch(admin, '4406040100', { status: 'damaged' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.field).toBe('id');
  });
});
