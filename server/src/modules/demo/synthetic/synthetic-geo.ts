/**
 * What the generator needs from the geography: the area tree (to enumerate micro-grids and name streets)
 * and uniform points inside an area. The geography module's GeoIndex satisfies this structurally; tests
 * use a small fake.
 */
export interface SyntheticGeo {
  children(code: string): ReadonlyArray<{ code: string; name: string }>;
  randomPointIn(code: string, rng: () => number): readonly [number, number];
}

export interface MicroGridRef {
  code: string;
  streetCode: string;
  streetName: string;
  communityCode: string;
  gridCode: string;
}

// Code lengths of the area tree (db/migrations/0001_foundation.sql): 6 + 3 + 3 + 3 + 2.
const STREET = 9;
const GRID = 15;
const MICRO = 17;

/**
 * Every micro-grid of the district in code order, with the street it lies in. A grid without
 * micro-grids stands in for itself, so every address still gets a micro_grid_code.
 */
export function listMicroGrids(geo: SyntheticGeo, districtCode: string): MicroGridRef[] {
  const out: MicroGridRef[] = [];
  const streets = [...geo.children(districtCode)].sort((a, b) => a.code.localeCompare(b.code));
  for (const street of streets) {
    if (street.code.length !== STREET) continue;
    const walk = (code: string) => {
      const kids = [...geo.children(code)].sort((a, b) => a.code.localeCompare(b.code));
      if (code.length === MICRO || (code.length === GRID && kids.length === 0)) {
        out.push({
          code,
          streetCode: street.code,
          streetName: street.name,
          communityCode: code.slice(0, 12),
          gridCode: code.slice(0, GRID),
        });
        return;
      }
      for (const k of kids) if (k.code.length > code.length && k.code.length <= MICRO) walk(k.code);
    };
    walk(street.code);
  }
  if (out.length === 0) throw new Error(`no grids found under ${districtCode}: seed the geography first`);
  return out;
}

/** 石湾镇街道 → 石湾, 张槎街道 → 张槎, 南庄镇 → 南庄: the short form used inside shop names. */
export const shortStreetName = (name: string): string => name.replace(/(镇街道|街道|镇)$/, '') || name;

/** The city-and-district prefix of postal addresses and enterprise names. */
export const placePrefix = (districtCode: string): string =>
  ({ '440604': '佛山市禅城区', '440607': '佛山市三水区' })[districtCode] ?? '';
