import type { Subject } from '../modules/verification/protocol.ts';
import type { PropertyFacts } from './overrides.ts';
import {
  ageOn,
  keyedFraction,
  NO_RECORD,
  overrideFor,
  personOf,
  type Registry,
  type RegistryAnswer,
  type RegistryContext,
} from './registry.ts';

// Adults from 22 (an age at which buying a home is common) own registered property in the district at this share.
const OWNING_AGE = 22;
const SHARE_OWNING = 0.45;

/** 不动产登记 (real-estate registration). Knows every well-formed ID number; non-owners answer no. */
export function propertyRegistry(ctx: RegistryContext, table?: Record<string, PropertyFacts>): Registry {
  return {
    system: 'property',
    answer(predicate: string, subject: Subject): RegistryAnswer {
      const today = ctx.today();
      const person = personOf(subject, today);
      const o = overrideFor(table, person.idNumber);
      if (o?.noRecord) return NO_RECORD;
      if (predicate !== 'owns_property_in_district') {
        throw new Error(`property: no rule for predicate ${predicate}`);
      }
      const derived =
        ageOn(person.birthDate, today) >= OWNING_AGE &&
        keyedFraction(ctx.dataKey, 'property', 'owns', person.idNumber) < SHARE_OWNING;
      return { answer: o?.ownsPropertyInDistrict ?? derived };
    },
  };
}
