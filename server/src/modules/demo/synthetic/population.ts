import type { PiiCipher } from '../../people/pii-crypto.ts';
import { dayNumber } from './calendar.ts';
import type { Row } from './columns.ts';
import { enterpriseRows } from './enterprise-rows.ts';
import { IdNumberAllocator } from './id-allocator.ts';
import { personRows } from './person-rows.ts';
import { addressRows, houseRows } from './place-rows.ts';
import type { PopulationSize } from './population-size.ts';
import { createRandom, mixSeed, type Random } from './random.ts';
import { listMicroGrids, type MicroGridRef, placePrefix, type SyntheticGeo } from './synthetic-geo.ts';
import { syntheticUuid, type UuidKind } from './synthetic-uuid.ts';

/**
 * Birth dates, registration dates and created_at are drawn relative to this fixed day, not "today", so that
 * one seed gives the same rows whenever it runs (and no generated birth date can ever be in the future).
 */
export const REFERENCE_DATE = '2026-06-30';

export interface PopulationOptions {
  districtCode: string;
  geo: SyntheticGeo;
  pii: PiiCipher;
  seed: number;
  size: PopulationSize;
  /** Rows of each table already in the database (append mode): indexes continue after them. */
  offsets?: Partial<PopulationSize>;
}

/** Everything the row generators share; built once per population. */
export interface PopulationContext {
  readonly districtCode: string;
  readonly seed: number;
  readonly pii: PiiCipher;
  readonly geo: SyntheticGeo;
  readonly size: PopulationSize;
  readonly offsets: PopulationSize;
  readonly microGrids: readonly MicroGridRef[];
  /** Micro-grid (index into microGrids) of each address of this run, decided before any row is made. */
  readonly addressMicro: Uint32Array;
  /** Birth year of each person of this run, filled while persons are generated (legal representatives). */
  readonly personBirthYear: Uint16Array;
  readonly ids: IdNumberAllocator;
  readonly referenceDay: number;
  readonly prefix: string;
  /** An independent random stream per table, so tables can be generated separately and reproducibly. */
  random(stream: string): Random;
  uuid(kind: UuidKind, localIndex: number): string;
}

const streamTag = (name: string): number => [...name].reduce((h, c) => mixSeed(h, c.charCodeAt(0)), 17);

/**
 * A synthetic population of one district. Generate tables in TABLE_ORDER: persons remember birth years for
 * enterprises' legal representatives. Each generator yields rows in COLUMNS order, one at a time, so a
 * million rows never sit in memory at once.
 */
export class SyntheticPopulation {
  readonly ctx: PopulationContext;
  private personsDone = false;

  constructor(opts: PopulationOptions) {
    const offsets: PopulationSize = { addresses: 0, houses: 0, persons: 0, enterprises: 0, ...opts.offsets };
    // Appending with the same seed must not replay the first run's choices.
    const runSeed = mixSeed(
      opts.seed,
      offsets.persons,
      offsets.enterprises,
      offsets.addresses,
      offsets.houses,
    );
    const microGrids = listMicroGrids(opts.geo, opts.districtCode);
    const addressMicro = new Uint32Array(opts.size.addresses);
    const pickMicro = createRandom(mixSeed(runSeed, streamTag('address-plan')));
    for (let i = 0; i < addressMicro.length; i++)
      addressMicro[i] = Math.floor(pickMicro() * microGrids.length);
    this.ctx = {
      districtCode: opts.districtCode,
      seed: opts.seed,
      pii: opts.pii,
      geo: opts.geo,
      size: opts.size,
      offsets,
      microGrids,
      addressMicro,
      personBirthYear: new Uint16Array(opts.size.persons),
      ids: new IdNumberAllocator(),
      referenceDay: dayNumber(REFERENCE_DATE),
      prefix: placePrefix(opts.districtCode),
      random: (stream) => createRandom(mixSeed(runSeed, streamTag(stream))),
      uuid: (kind, localIndex) => syntheticUuid(opts.seed, kind, offsets[uuidTable[kind]] + localIndex),
    };
  }

  addresses(): Generator<Row> {
    return addressRows(this.ctx);
  }

  houses(): Generator<Row> {
    return houseRows(this.ctx);
  }

  *persons(): Generator<Row> {
    yield* personRows(this.ctx);
    this.personsDone = true;
  }

  enterprises(): Generator<Row> {
    if (!this.personsDone && this.ctx.size.persons > 0) {
      throw new Error('generate persons before enterprises: legal representatives are drawn from them');
    }
    return enterpriseRows(this.ctx);
  }
}

const uuidTable: Record<UuidKind, keyof PopulationSize> = {
  address: 'addresses',
  house: 'houses',
  person: 'persons',
  enterprise: 'enterprises',
};
