import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../errors.ts';
import type { RequestContext } from '../identity/actor.ts';
import { loadChanchengSource } from './chancheng-source.ts';
import { deriveGeography } from './derive.ts';
import { buildGeoIndex, type GeoIndex } from './geo-index.ts';
import { geoJsonLayer, getArea, listAreas, locatePoint, searchGeography } from './geography.service.ts';

let geo: GeoIndex;
beforeAll(() => {
  geo = buildGeoIndex(deriveGeography(loadChanchengSource()));
});

const context = (signedIn: boolean): RequestContext => ({
  actor: signedIn
    ? {
        id: 'u1',
        kind: 'citizen',
        name: '测试市民',
        roles: ['citizen'],
        departmentId: null,
        jurisdictionCode: null,
        districtCode: '440604',
        via: 'session',
      }
    : null,
  ip: '127.0.0.1',
  correlationId: 'test',
  districtCode: '440604',
});
const citizen = context(true);

/** The AppError a call throws, so tests can check code, status and field together. */
function failure(call: () => unknown): AppError {
  try {
    call();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected an AppError');
}

describe('geography service', () => {
  it('refuses anonymous callers on every operation', () => {
    const anonymous = context(false);
    for (const call of [
      () => locatePoint(anonymous, geo, { lng: 113.1, lat: 23.02 }),
      () => getArea(anonymous, geo, '440604'),
      () => listAreas(anonymous, geo, {}),
      () => searchGeography(anonymous, geo, '石湾'),
      () => geoJsonLayer(anonymous, geo, 'street'),
    ]) {
      expect(failure(call)).toMatchObject({ code: 'unauthenticated', status: 401 });
    }
  });

  it('locates a point and explains a point outside the district in both languages', () => {
    const inside = geo.area('440604012')!;
    expect(locatePoint(citizen, geo, { lng: inside.center_lng, lat: inside.center_lat }).street.code).toBe(
      '440604012',
    );
    const outside = failure(() => locatePoint(citizen, geo, { lng: 116.397, lat: 39.909 }));
    expect(outside).toMatchObject({ code: 'outside_district', status: 422, field: 'lng' });
    expect(outside.message).toContain('该位置不在禅城区范围内');
    expect(outside.message).toContain('(116.397, 39.909) lies outside 禅城区 (440604)');
  });

  it('rejects coordinates out of range, naming the field', () => {
    expect(failure(() => locatePoint(citizen, geo, { lng: 181, lat: 23 }))).toMatchObject({
      status: 400,
      field: 'lng',
    });
    expect(failure(() => locatePoint(citizen, geo, { lng: 113, lat: -91 }))).toMatchObject({
      status: 400,
      field: 'lat',
    });
  });

  it('describes an area with its path and child count; 400 for a malformed code, 404 for an unknown one', () => {
    const area = getArea(citizen, geo, '440604010001');
    expect(area).toMatchObject({
      code: '440604010001',
      level: 'community',
      parentCode: '440604010',
      derived: true,
    });
    expect(area.path.map((p) => p.code)).toEqual(['440604', '440604010', '440604010001']);
    expect(area.childCount).toBeGreaterThanOrEqual(2);
    expect(area.areaKm2).toBeGreaterThan(0);
    expect(failure(() => getArea(citizen, geo, '4406'))).toMatchObject({ status: 400, field: 'code' });
    expect(failure(() => getArea(citizen, geo, 'abcdef'))).toMatchObject({ status: 400, field: 'code' });
    expect(failure(() => getArea(citizen, geo, '440604999'))).toMatchObject({ status: 404, field: 'code' });
  });

  it('lists children, a whole level, or a parent’s descendants at a level', () => {
    expect(listAreas(citizen, geo, {}).items.map((i) => i.code)).toEqual(['440604']);
    expect(listAreas(citizen, geo, { parent: '440604' }).items.map((i) => i.name)).toEqual([
      '石湾镇街道',
      '张槎街道',
      '祖庙街道',
      '南庄镇',
    ]);
    expect(listAreas(citizen, geo, { parent: '440604' }).items[2]).toMatchObject({
      childCount: 60,
      parentCode: '440604',
    });
    expect(listAreas(citizen, geo, { level: 'community' }).items).toHaveLength(147);
    const grids = listAreas(citizen, geo, { parent: '440604011', level: 'grid' }).items;
    expect(grids.length).toBeGreaterThanOrEqual(50);
    expect(grids.every((g) => g.code.startsWith('440604011') && g.level === 'grid')).toBe(true);
    expect(failure(() => listAreas(citizen, geo, { parent: '440604999' }))).toMatchObject({
      status: 404,
      field: 'parent',
    });
  });

  it('searches with paths, and serves a cached GeoJSON layer', () => {
    const [first] = searchGeography(citizen, geo, '澜石').items;
    expect(first).toMatchObject({ code: '440604010001', level: 'community' });
    expect(first?.path.map((p) => p.level)).toEqual(['district', 'street', 'community']);
    expect(failure(() => searchGeography(citizen, geo, '  '))).toMatchObject({ status: 400, field: 'q' });
    expect(geoJsonLayer(citizen, geo, 'district')).toBe(geo.featureCollection('district'));
  });
});
