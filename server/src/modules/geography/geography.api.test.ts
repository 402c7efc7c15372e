import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../test/helpers.ts';

let t: TestApp;
let gridWorker: Session;
beforeAll(async () => {
  t = await buildTestApp();
  gridWorker = await t.login('gridworker');
});
afterAll(async () => t?.close());

const get = (url: string, session: Session | null = gridWorker) => t.request(session, { method: 'GET', url });

describe('GET /api/v1/geo/locate', () => {
  it('asks anonymous callers to sign in', async () => {
    const res = await get('/api/v1/geo/locate?lng=113.1&lat=23.02', null);
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthenticated');
  });

  it('names the district, street, community, grid and micro-grid of a point', async () => {
    const microGrid = t.app.geo.area('44060401200100101')!;
    const res = await get(`/api/v1/geo/locate?lng=${microGrid.center_lng}&lat=${microGrid.center_lat}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      district: { code: '440604', name: '禅城区' },
      street: { code: '440604012', name: '祖庙街道' },
      community: { code: '440604012001', name: expect.any(String) },
      grid: { code: '440604012001001', name: expect.stringMatching(/第1网格$/) },
      microGrid: { code: '44060401200100101', name: microGrid.name },
    });
  });

  it('rejects bad coordinates with 400 and a point outside the district with 422, naming the field', async () => {
    expect((await get('/api/v1/geo/locate?lng=east&lat=23')).statusCode).toBe(400);
    const range = await get('/api/v1/geo/locate?lng=200&lat=23');
    expect(range.statusCode).toBe(400);
    expect(range.json().error).toMatchObject({ code: 'validation_failed', field: 'lng' });
    const outside = await get('/api/v1/geo/locate?lng=116.397&lat=39.909');
    expect(outside.statusCode).toBe(422);
    expect(outside.json().error).toMatchObject({ code: 'outside_district', field: 'lng' });
    expect(outside.json().error.message).toContain('该位置不在禅城区范围内');
  });
});

describe('GET /api/v1/geo/areas', () => {
  it('describes one area with its path; 404 unknown, 400 malformed', async () => {
    const res = await get('/api/v1/geo/areas/440604010001');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      code: '440604010001',
      name: '澜石社区居委会',
      level: 'community',
      parentCode: '440604010',
      derived: true,
      path: [
        { code: '440604', name: '禅城区', level: 'district' },
        { code: '440604010', name: '石湾镇街道', level: 'street' },
        { code: '440604010001', name: '澜石社区居委会', level: 'community' },
      ],
    });
    expect(res.json().childCount).toBeGreaterThanOrEqual(2);
    expect((await get('/api/v1/geo/areas/440604999')).statusCode).toBe(404);
    expect((await get('/api/v1/geo/areas/12ab')).statusCode).toBe(400);
  });

  it('lists the children of a parent and every area of a level', async () => {
    const streets = (await get('/api/v1/geo/areas?parent=440604')).json().items;
    expect(streets.map((s: { code: string }) => s.code)).toEqual([
      '440604010',
      '440604011',
      '440604012',
      '440604100',
    ]);
    expect(streets[0]).toEqual({
      code: '440604010',
      name: '石湾镇街道',
      level: 'street',
      parentCode: '440604',
      derived: true,
      childCount: 39,
    });
    expect((await get('/api/v1/geo/areas?level=grid')).json().items).toHaveLength(303);
    expect((await get('/api/v1/geo/areas?level=county')).statusCode).toBe(400);
  });
});

describe('GET /api/v1/geo/search and /geo/geojson/:level', () => {
  it('finds areas by name with their path', async () => {
    const res = await get(`/api/v1/geo/search?q=${encodeURIComponent('澜石')}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items[0]).toMatchObject({ code: '440604010001', level: 'community' });
    expect(res.json().items[0].path).toHaveLength(3);
    expect((await get('/api/v1/geo/search?q=')).statusCode).toBe(400);
  });

  it('serves a level as GeoJSON', async () => {
    const res = await get('/api/v1/geo/geojson/street');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/geo+json');
    const layer = res.json();
    expect(layer.type).toBe('FeatureCollection');
    expect(layer.features.map((f: { properties: { code: string } }) => f.properties.code)).toEqual([
      '440604010',
      '440604011',
      '440604012',
      '440604100',
    ]);
    expect((await get('/api/v1/geo/geojson/province')).statusCode).toBe(400);
    expect((await get('/api/v1/geo/geojson/street', null)).statusCode).toBe(401);
  });
});
