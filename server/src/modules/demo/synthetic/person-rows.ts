import { pickBirthplace } from './birthplaces.ts';
import { timestampOfDay, yearOfDay } from './calendar.ts';
import type { Row } from './columns.ts';
import { syntheticName } from './names.ts';
import type { PopulationContext } from './population.ts';
import { type Random, weighted } from './random.ts';

// Age bands [from, to] in years. Migrants are mostly of working age; locals include children and elders.
// biome-ignore format: a weighted table reads best as a table
const LOCAL_AGES = weighted<readonly [number, number]>([
  [[0, 14], 15], [[15, 24], 10], [[25, 44], 28], [[45, 64], 30], [[65, 95], 17],
]);
// biome-ignore format: a weighted table reads best as a table
const MIGRANT_AGES = weighted<readonly [number, number]>([
  [[0, 14], 8], [[15, 24], 18], [[25, 44], 52], [[45, 64], 18], [[65, 85], 4],
]);

// Mobile number prefixes of the three operators (and the 19x ranges issued since 2017).
// biome-ignore format: a list reads best as a table
const PHONE_PREFIXES = [
  '130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156',
  '157', '158', '159', '166', '173', '175', '176', '177', '180', '181', '182', '183', '185', '186', '187', '188',
  '189', '191', '198', '199',
];

/** An 11-digit mobile number (fictional: the same seed may produce a number that exists somewhere). */
export const syntheticPhone = (rand: Random): string =>
  rand.pick(PHONE_PREFIXES) + String(rand.int(0, 99_999_999)).padStart(8, '0');

/**
 * Persons: a valid, unique ID number (GB 11643) whose area, birth date and gender agree with the row, a name
 * fitting origin, gender and generation, often a phone, and a home address in the district. The ID number
 * and phone are stored as the API stores them: encrypted, blind-indexed and masked — never in clear.
 */
export function* personRows(ctx: PopulationContext): Generator<Row> {
  const rand = ctx.random('persons');
  const { pii } = ctx;
  for (let i = 0; i < ctx.size.persons; i++) {
    const place = pickBirthplace(rand);
    const [from, to] = rand.pickWeighted(place.local ? LOCAL_AGES : MIGRANT_AGES);
    const ageDays = Math.floor((from + rand() * (to - from + 1)) * 365.2425);
    const gender = rand.chance(0.515) ? 'M' : 'F';
    const { idNumber, birthDay } = ctx.ids.allocate(rand, place.area, ctx.referenceDay - ageDays, gender);
    const birthYear = yearOfDay(birthDay);
    ctx.personBirthYear[i] = birthYear;
    const name = syntheticName(rand, gender, birthYear, place.local);
    const phone = ageDays >= 12 * 365 && rand.chance(0.88) ? syntheticPhone(rand) : null;
    const a = rand.int(0, ctx.size.addresses - 1);
    const grid = ctx.microGrids[ctx.addressMicro[a]!]!.gridCode;
    // Registered with the platform some time since it started (2014) but not before birth.
    const since = Math.max(birthDay, ctx.referenceDay - 12 * 365);
    const createdDay = rand.int(since, ctx.referenceDay);
    yield [
      ctx.uuid('person', i),
      ctx.districtCode,
      pii.encrypt(idNumber),
      pii.blindIndex(idNumber),
      pii.maskIdNumber(idNumber),
      name,
      gender,
      birthDateOf(idNumber),
      phone === null ? null : pii.maskPhone(phone),
      phone === null ? null : pii.encrypt(phone),
      ctx.uuid('address', a),
      grid,
      true,
      timestampOfDay(createdDay, rand.int(8 * 3600, 18 * 3600)),
    ];
  }
}

/** The birth date as stored: taken from the ID number itself so the two can never disagree. */
const birthDateOf = (idNumber: string): string =>
  `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
