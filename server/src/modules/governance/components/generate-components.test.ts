import { beforeAll, describe, expect, it } from 'vitest';
import type { Row } from '../../demo/synthetic/columns.ts';
import { loadChanchengSource } from '../../geography/chancheng-source.ts';
import { deriveGeography } from '../../geography/derive.ts';
import { buildGeoIndex, type GeoIndex } from '../../geography/geo-index.ts';
import { CHANCHENG_DEPARTMENTS } from '../../organisation/departments.data.ts';
import { CLASS_PROFILES } from './class-profiles.ts';
import { COMPONENT_CLASSES } from './component-classes.ts';
import { parseComponentId } from './component-id.ts';
import {
  COMPONENT_COLUMNS,
  classQuotas,
  componentRows,
  DEMO_COMPONENTS,
  FULL_COMPONENTS,
} from './generate-components.ts';

let geo: GeoIndex;
type Generated = Record<(typeof COMPONENT_COLUMNS)[number], string | number | boolean | null>;
let rows: Generated[];

const asRecord = (row: Row) =>
  Object.fromEntries(COMPONENT_COLUMNS.map((c, i) => [c, row[i] ?? null])) as Generated;
const generate = (seed: number, count: number, lastSerials?: Map<string, number>) =>
  [
    ...componentRows({ districtCode: '440604', geo, seed, count, ...(lastSerials ? { lastSerials } : {}) }),
  ].map(asRecord);

beforeAll(() => {
  geo = buildGeoIndex(deriveGeography(loadChanchengSource()));
  rows = generate(7, DEMO_COMPONENTS);
});

describe('class mix', () => {
  it('has a profile for every component class and for nothing else', () => {
    expect(Object.keys(CLASS_PROFILES).sort()).toEqual(COMPONENT_CLASSES.map((c) => c.code));
    const departments = new Set<string>(CHANCHENG_DEPARTMENTS.map((d) => d.id));
    for (const p of Object.values(CLASS_PROFILES)) {
      for (const unit of [p.owner, p.maintainer])
        expect(unit === 'street' || departments.has(unit)).toBe(true);
    }
  });

  it('splits any count exactly, manhole covers and lamps the most common, rare classes rare', () => {
    for (const n of [0, 1, 7, DEMO_COMPONENTS, FULL_COMPONENTS]) {
      expect([...classQuotas(n).values()].reduce((a, b) => a + b, 0)).toBe(n);
    }
    const full = [...classQuotas(FULL_COMPONENTS)].sort((a, b) => b[1] - a[1]);
    const top6 = full.slice(0, 6).map(([code]) => code);
    expect(top6.sort()).toEqual(['01001', '01002', '01003', '01004', '01005', '01007']);
    const at = new Map(full);
    expect(at.get('01007')).toBeGreaterThan(70_000); // street lamps
    expect(at.get('02007')).toBeLessThan(200); // footbridges
    expect(at.get('04001')).toBeLessThan(500); // heritage trees
  });
});

describe('componentRows', () => {
  it('makes the requested number of rows with unique ids whose parts match the columns', () => {
    expect(rows).toHaveLength(DEMO_COMPONENTS);
    expect(new Set(rows.map((r) => r.id)).size).toBe(DEMO_COMPONENTS);
    for (const r of rows) {
      expect(parseComponentId(r.id as string)).toMatchObject({
        districtCode: '440604',
        classCode: r.class_code,
      });
      expect(r.district_code).toBe('440604');
      expect(r.synthetic).toBe(true);
    }
  });

  it('follows the class quotas exactly, with serials 1…n in every class', () => {
    const byClass = new Map<string, number[]>();
    for (const r of rows) {
      const { classCode, serial } = parseComponentId(r.id as string)!;
      byClass.set(classCode, [...(byClass.get(classCode) ?? []), serial]);
    }
    for (const [code, n] of classQuotas(DEMO_COMPONENTS)) {
      const serials = (byClass.get(code) ?? []).sort((a, b) => a - b);
      expect(serials, code).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    }
  });

  it('places every component inside its micro-grid, whose parent is its grid', () => {
    for (const r of rows) {
      const found = geo.locate(r.lng as number, r.lat as number);
      expect(found?.microGrid.code, r.id as string).toBe(r.micro_grid_code);
      expect(found?.grid.code).toBe(r.grid_code);
      expect(geo.area(r.micro_grid_code as string)?.parent_code).toBe(r.grid_code);
    }
    // Spread over the district, not piled in a corner: most micro-grids hold at least one.
    expect(new Set(rows.map((r) => r.micro_grid_code)).size).toBeGreaterThan(
      geo.atLevel('micro_grid').length * 0.9,
    );
  });

  it('keeps about 93 % intact; only portable fittings go missing', () => {
    const share = (s: string) => rows.filter((r) => r.status === s).length / rows.length;
    expect(share('intact')).toBeGreaterThan(0.9);
    expect(share('intact')).toBeLessThan(0.96);
    expect(share('damaged')).toBeGreaterThan(0.02);
    for (const r of rows.filter((x) => x.status === 'lost')) {
      expect(CLASS_PROFILES[r.class_code as string]!.portable, r.class_code as string).toBe(true);
    }
  });

  it('gives lamps to urban management and bins to the office of their street', () => {
    const lamp = rows.find((r) => r.class_code === '01007')!;
    expect([lamp.owner_unit, lamp.maintenance_unit]).toEqual(['uml', 'uml']);
    const offices: Record<string, string> = {
      '440604010': 'st-shiwan',
      '440604011': 'st-zhangcha',
      '440604012': 'st-zumiao',
      '440604100': 'st-nanzhuang',
    };
    for (const bin of rows.filter((r) => r.class_code === '03002')) {
      expect(bin.maintenance_unit).toBe(offices[(bin.grid_code as string).slice(0, 9)]);
    }
  });

  it('is deterministic: the same seed gives the same rows, another seed other rows', () => {
    expect(generate(7, DEMO_COMPONENTS)).toEqual(rows);
    const other = generate(8, DEMO_COMPONENTS);
    expect(other.map((r) => r.lng)).not.toEqual(rows.map((r) => r.lng));
  });

  it('continues serials after those already taken, with new points', () => {
    const last = new Map([
      ['01001', 500],
      ['01007', 20],
    ]);
    const more = generate(7, 200, last);
    const serials = (code: string) =>
      more.filter((r) => r.class_code === code).map((r) => parseComponentId(r.id as string)!.serial);
    expect(Math.min(...serials('01001'))).toBe(501);
    expect(Math.min(...serials('01007'))).toBe(21);
    expect(Math.min(...serials('01002'))).toBe(1);
    expect(more[0]!.lng).not.toBe(generate(7, 200)[0]!.lng);
  });

  it('refuses at once when a class would run out of six-digit serials', () => {
    expect(() =>
      componentRows({
        districtCode: '440604',
        geo,
        seed: 1,
        count: 10,
        lastSerials: new Map([['01007', 999_999]]),
      }),
    ).toThrow(/01007 would need serials up to 1000000; a component id allows 999999/);
  });
});
