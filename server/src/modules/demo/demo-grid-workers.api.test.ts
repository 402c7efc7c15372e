import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers.ts';
import { mulberry32 } from '../geography/prng.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

describe('the demo’s grid workers', () => {
  it('cover every grid, each in the street office of the grid’s street', async () => {
    const r = await t.db.query<{ grids: number; covered: number; misplaced: number }>(
      `SELECT count(*)::int AS grids,
              count(u.id)::int AS covered,
              count(*) FILTER (WHERE u.id IS NOT NULL AND d.street_code IS DISTINCT FROM c.parent_code)::int AS misplaced
         FROM geo_areas g
         JOIN geo_areas c ON c.code = g.parent_code
         LEFT JOIN users u ON u.jurisdiction_code = g.code AND 'grid_worker' = ANY(u.roles) AND u.active
         LEFT JOIN departments d ON d.id = u.department_id
        WHERE g.level = 'grid'`,
    );
    const { grids, covered, misplaced } = r.rows[0]!;
    expect(grids).toBeGreaterThan(100);
    expect(covered).toBe(grids);
    expect(misplaced).toBe(0);
  });

  it('get the on-site confirmation of a report in their grid, and can sign in to do it', async () => {
    const grid = await t.db.query<{ code: string; username: string; id: string }>(
      `SELECT g.code, u.username, u.id FROM geo_areas g JOIN users u ON u.jurisdiction_code = g.code
        WHERE g.level = 'grid' AND u.username LIKE 'gw.%' ORDER BY g.code DESC LIMIT 1`,
    );
    const { code, username, id } = grid.rows[0]!;
    const [lng, lat] = t.app.geo.randomPointIn(code, mulberry32(11));
    const citizen = await t.loginCitizen('13800138000');
    const res = await t.request(citizen, {
      method: 'POST',
      url: '/api/v1/gov/events',
      payload: { description: '小区门口有一堆建筑垃圾没人清理', lng, lat },
    });
    expect(res.statusCode, res.body).toBe(201);
    const e = res.json().event;
    expect(e.gridCode).toBe(code);
    expect(e.gridWorkerId).toBe(id);
    const confirm = e.tasks.find((x: { kind: string }) => x.kind === 'confirm');
    expect(confirm).toMatchObject({ state: 'open', userId: id });

    const worker = await t.login(username);
    const done = await t.request(worker, {
      method: 'POST',
      url: `/api/v1/gov/events/${e.id}/actions/confirm`,
      payload: { note: '现场核实属实' },
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().to).toBe('dispatched');
  });
});
