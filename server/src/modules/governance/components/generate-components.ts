import type { Row } from '../../demo/synthetic/columns.ts';
import { createRandom, mixSeed, type Random, weighted } from '../../demo/synthetic/random.ts';
import { roadsOfStreet } from '../../demo/synthetic/roads.ts';
import { listMicroGrids, placePrefix, type SyntheticGeo } from '../../demo/synthetic/synthetic-geo.ts';
import { CLASS_PROFILES, resolveUnit } from './class-profiles.ts';
import { COMPONENT_CLASSES, type ComponentStatus } from './component-classes.ts';
import { componentId, MAX_SERIAL } from './component-id.ts';

/** Chancheng's registry holds about 580,000 components (`--scale full`); the demo seeds a town's worth. */
export const FULL_COMPONENTS = 580_000;
export const DEMO_COMPONENTS = 3_000;

/** Column order of a generated row, for COPY and for batched INSERTs. */
export const COMPONENT_COLUMNS = [
  'id',
  'district_code',
  'class_code',
  'status',
  'owner_unit',
  'maintenance_unit',
  'lng',
  'lat',
  'micro_grid_code',
  'grid_code',
  'address',
  'synthetic',
] as const;

/** What placement needs of the geography; app.geo (GeoIndex) satisfies it. */
export interface ComponentGeo extends SyntheticGeo {
  locate(lng: number, lat: number): { microGrid: { code: string } } | null;
}

export interface ComponentRowsOptions {
  districtCode: string;
  geo: ComponentGeo;
  seed: number;
  count: number;
  /** Highest serial already taken per class in the district (append mode, or real components kept). */
  lastSerials?: ReadonlyMap<string, number>;
}

/** Most components are in order; a registry survey finds a few broken, missing or disused. */
const STATUS_TABLE = weighted<ComponentStatus>([
  ['intact', 930],
  ['damaged', 40],
  ['lost', 10],
  ['abandoned', 15],
  ['removed', 5],
]);

/**
 * How many components of each class make up `count`, by the largest-remainder method over the class
 * weights: exact, deterministic, and the counts always add up to `count`.
 */
export function classQuotas(count: number): Map<string, number> {
  const total = COMPONENT_CLASSES.reduce((s, c) => s + weightOf(c.code), 0);
  const shares = COMPONENT_CLASSES.map((c) => {
    const exact = (count * weightOf(c.code)) / total;
    return { code: c.code, n: Math.floor(exact), rest: exact - Math.floor(exact) };
  });
  let missing = count - shares.reduce((s, x) => s + x.n, 0);
  for (const share of [...shares].sort((a, b) => b.rest - a.rest || a.code.localeCompare(b.code))) {
    if (missing-- <= 0) break;
    share.n++;
  }
  return new Map(shares.map((s) => [s.code, s.n]));
}

function weightOf(code: string): number {
  const profile = CLASS_PROFILES[code];
  if (!profile) throw new Error(`class-profiles.ts has no entry for component class ${code}`);
  return profile.perThousand;
}

/**
 * Synthetic components of one district, one row at a time in COMPONENT_COLUMNS order. Each lies at a point
 * drawn uniformly inside a micro-grid chosen uniformly (micro-grids are smaller where the city is denser,
 * so components cluster where people live). The class sequence is a random order of the exact class
 * quotas; serials continue per class after `lastSerials`. The same options give the same rows.
 * Throws at once, before any row, when a class would run out of six-digit serials.
 */
export function componentRows(opts: ComponentRowsOptions): Generator<Row> {
  const quotas = classQuotas(opts.count);
  const next = new Map<string, number>();
  for (const [code, n] of quotas) {
    const last = opts.lastSerials?.get(code) ?? 0;
    if (last + n > MAX_SERIAL) {
      throw new RangeError(
        `Class ${code} would need serials up to ${last + n}; a component id allows ${MAX_SERIAL} per class and district.`,
      );
    }
    next.set(code, last + 1);
  }
  const taken = [...(opts.lastSerials?.values() ?? [])].reduce((a, b) => a + b, 0);
  // Appending with the same seed must not replay the first run's points.
  const rand = createRandom(mixSeed(opts.seed, 0x636f6d70 /* "comp" */, taken));
  return generate(opts, quotas, next, rand);
}

function* generate(
  opts: ComponentRowsOptions,
  quotas: Map<string, number>,
  nextSerial: Map<string, number>,
  rand: Random,
): Generator<Row> {
  const { districtCode, geo } = opts;
  const microGrids = listMicroGrids(geo, districtCode);
  const prefix = placePrefix(districtCode);
  const codes = [...quotas.keys()];
  const remaining = codes.map((c) => quotas.get(c)!);
  let left = opts.count;
  while (left > 0) {
    // Drawing without replacement from the quotas: the mix is exact, the order random.
    let x = Math.floor(rand() * left);
    let k = 0;
    while (x >= remaining[k]!) x -= remaining[k++]!;
    remaining[k]!--;
    left--;
    const classCode = codes[k]!;
    const serial = nextSerial.get(classCode)!;
    nextSerial.set(classCode, serial + 1);
    const profile = CLASS_PROFILES[classCode]!;
    const m = microGrids[rand.int(0, microGrids.length - 1)]!;
    const [lng, lat] = placeIn(geo, m.code, rand);
    let status = rand.pickWeighted(STATUS_TABLE);
    if (status === 'lost' && !profile.portable) status = 'damaged';
    yield [
      componentId(districtCode, classCode, serial),
      districtCode,
      classCode,
      status,
      resolveUnit(profile.owner, m.streetCode),
      resolveUnit(profile.maintainer, m.streetCode),
      lng,
      lat,
      m.code,
      m.gridCode,
      `${prefix}${m.streetName}${landmark(rand, m.streetCode)}`,
      true,
    ];
  }
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * A point inside the micro-grid, rounded to six decimals (about 10 cm) as addresses are. Rounding can carry a
 * point lying on the boundary into the neighbour, so it is checked and drawn again; the unrounded point is
 * the fallback for a geography whose micro-grids the index cannot locate.
 */
function placeIn(geo: ComponentGeo, code: string, rand: Random): [number, number] {
  let last: readonly [number, number] = [0, 0];
  for (let attempt = 0; attempt < 8; attempt++) {
    last = geo.randomPointIn(code, rand);
    const point: [number, number] = [round6(last[0]), round6(last[1])];
    if (geo.locate(point[0], point[1])?.microGrid.code.startsWith(code)) return point;
  }
  return [last[0], last[1]];
}

/** Where a field worker would say the component is: beside a house number, or at a crossing. */
function landmark(rand: Random, streetCode: string): string {
  const roads = roadsOfStreet(streetCode);
  const road = rand.pick(roads);
  if (rand.chance(0.2)) {
    const other = rand.pick(roads);
    if (other !== road) return `${road}与${other}交叉口`;
  }
  return `${road}${1 + Math.floor(rand() ** 2 * 300)}号旁`;
}
