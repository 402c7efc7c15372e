import type { Row } from './columns.ts';
import type { PopulationContext } from './population.ts';
import type { Random } from './random.ts';
import { roadsOfStreet } from './roads.ts';

/** Addresses: a point drawn inside the address's micro-grid, a real road name of its street and a number. */
export function* addressRows(ctx: PopulationContext): Generator<Row> {
  const rand = ctx.random('addresses');
  for (let i = 0; i < ctx.size.addresses; i++) {
    const m = ctx.microGrids[ctx.addressMicro[i]!]!;
    const [lng, lat] = ctx.geo.randomPointIn(m.code, rand);
    const road = rand.pick(roadsOfStreet(m.streetCode));
    // Low numbers are far more common than high ones on real roads.
    const n = 1 + Math.floor(rand() ** 2 * 300);
    const houseNumber = rand.chance(0.04) ? `${n}号之${rand.int(1, 3)}` : `${n}号`;
    yield [
      ctx.uuid('address', i),
      ctx.districtCode,
      m.streetCode,
      m.communityCode,
      m.gridCode,
      m.code,
      road,
      houseNumber,
      `${ctx.prefix}${m.streetName}${road}${houseNumber}`,
      round6(lng),
      round6(lat),
      true,
    ];
  }
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

type Usage = 'residential' | 'commercial' | 'industrial' | 'mixed';

/**
 * Houses: every address gets one, the rest go to random addresses (apartment blocks hold many).
 * Units look like Chancheng's: 3座1502 in residential blocks, 首层5号铺 for shops, 2号厂房 in industry.
 */
export function* houseRows(ctx: PopulationContext): Generator<Row> {
  const rand = ctx.random('houses');
  const addresses = ctx.size.addresses;
  for (let i = 0; i < ctx.size.houses; i++) {
    const a = i < addresses ? i : rand.int(0, addresses - 1);
    const m = ctx.microGrids[ctx.addressMicro[a]!]!;
    const u = rand();
    const usage: Usage =
      u < 0.72 ? 'residential' : u < 0.87 ? 'commercial' : u < 0.95 ? 'industrial' : 'mixed';
    yield [
      ctx.uuid('house', i),
      ctx.districtCode,
      ctx.uuid('address', a),
      unitFor(rand, usage),
      usage,
      areaFor(rand, usage),
      m.gridCode,
      true,
    ];
  }
}

function unitFor(rand: Random, usage: Usage): string {
  switch (usage) {
    case 'residential':
      return `${rand.int(1, 12)}座${rand.int(1, 33)}${String(rand.int(1, 8)).padStart(2, '0')}`;
    case 'commercial':
      return `首层${rand.int(1, 30)}号铺`;
    case 'industrial':
      return `${rand.int(1, 12)}号厂房`;
    default:
      return `${rand.int(1, 6)}栋`;
  }
}

function areaFor(rand: Random, usage: Usage): number {
  const [min, max] = {
    residential: [38, 160],
    commercial: [15, 300],
    industrial: [300, 6000],
    mixed: [80, 420],
  }[usage];
  return Math.round((min! + (max! - min!) * rand() ** 1.5) * 10) / 10;
}
