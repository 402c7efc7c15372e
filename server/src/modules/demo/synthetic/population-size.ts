/** Row counts of one synthetic population. */
export interface PopulationSize {
  addresses: number;
  houses: number;
  persons: number;
  enterprises: number;
}

/** Chancheng's published figures (BRIEF §1.2): 1.23 M people, 160 k enterprises, 450 k houses, 390 k addresses. */
export const FULL_SIZE: PopulationSize = {
  persons: 1_230_000,
  enterprises: 160_000,
  houses: 450_000,
  addresses: 390_000,
};

/** The demo size: a town's worth, seeded into PGlite in well under five seconds. */
export const DEMO_SIZE: PopulationSize = sizeForCounts(2000, 300);

/** Chancheng's proportions at a fraction of its size (at least one row of each kind). */
export function sizeForScale(fraction: number): PopulationSize {
  const at = (n: number) => Math.max(1, Math.round(n * fraction));
  return {
    persons: at(FULL_SIZE.persons),
    enterprises: at(FULL_SIZE.enterprises),
    houses: at(FULL_SIZE.houses),
    addresses: at(FULL_SIZE.addresses),
  };
}

/** Addresses and houses in Chancheng's proportion to a given number of persons. */
export function sizeForCounts(persons: number, enterprises: number): PopulationSize {
  const addresses = Math.max(1, Math.ceil((persons * FULL_SIZE.addresses) / FULL_SIZE.persons));
  const houses = Math.max(addresses, Math.ceil((addresses * FULL_SIZE.houses) / FULL_SIZE.addresses));
  return { persons, enterprises, addresses, houses };
}
