import { type Random, weighted } from './random.ts';

/**
 * Address codes (GB/T 2260) that open the ID numbers of Chancheng's residents. Locals carry Foshan codes,
 * including 440602 (old 城区) and 440603 (old 石湾区), which issued numbers until the 2002 reorganisation
 * created 禅城区 440604. About 46 % of the people are migrants (BRIEF §1.2: 568,000 of 1.23 million), from
 * elsewhere in Guangdong and from the provinces that send most workers to the Pearl River Delta.
 */

/** The share of synthetic people who are migrants (floating population). */
export const MIGRANT_SHARE = 568 / 1230;

// biome-ignore format: a weighted table reads best as a table
const FOSHAN = weighted<string>([
  ['440604', 50], ['440602', 18], ['440603', 12], ['440605', 8], ['440606', 5], ['440607', 3], ['440608', 2],
  ['440601', 2],
]);

// biome-ignore format: a weighted table reads best as a table
const OTHER_GUANGDONG = weighted<string>([
  ['440103', 3], ['440106', 3], ['440304', 2], ['440402', 1], ['440507', 2], ['440703', 3], ['440802', 4],
  ['440902', 5], ['441202', 4], ['441302', 2], ['441402', 3], ['441502', 2], ['441702', 4], ['441802', 4],
  ['445102', 2], ['445202', 4], ['445302', 3], ['441623', 2], ['440825', 3], ['440981', 3],
]);

// biome-ignore format: a weighted table reads best as a table
const OTHER_PROVINCES = weighted<string>([
  ['430104', 3], ['430602', 3], ['431002', 4], ['430502', 4], ['431102', 4], ['430421', 3], ['431202', 3],
  ['450102', 3], ['450803', 5], ['450902', 5], ['450403', 3], ['451402', 2], ['452601', 2],
  ['510104', 2], ['511102', 2], ['511302', 3], ['510802', 2], ['511602', 2],
  ['360102', 2], ['360702', 5], ['360802', 2], ['361102', 2],
  ['410102', 2], ['411302', 3], ['411502', 3], ['411602', 3],
  ['420102', 2], ['421002', 2], ['421102', 2], ['422801', 2],
  ['520102', 2], ['520302', 2], ['522601', 2],
  ['500101', 3], ['500228', 2],
  ['350102', 1], ['340102', 1], ['341202', 1], ['530102', 1], ['532501', 1], ['230102', 1], ['370102', 1],
  ['610102', 1], ['130102', 1], ['320102', 1], ['330102', 1], ['460102', 1], ['620102', 1],
]);

export interface Birthplace {
  area: string;
  local: boolean;
}

/** An address code for one synthetic person: local (Foshan) or migrant (Guangdong or another province). */
export function pickBirthplace(rand: Random): Birthplace {
  if (!rand.chance(MIGRANT_SHARE)) {
    // Some locals were born elsewhere in Guangdong and moved their household registration here.
    return {
      area: rand.chance(0.9) ? rand.pickWeighted(FOSHAN) : rand.pickWeighted(OTHER_GUANGDONG),
      local: true,
    };
  }
  return {
    area: rand.chance(0.3) ? rand.pickWeighted(OTHER_GUANGDONG) : rand.pickWeighted(OTHER_PROVINCES),
    local: false,
  };
}
