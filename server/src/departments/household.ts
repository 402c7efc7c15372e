import type { Subject } from '../modules/verification/protocol.ts';
import type { HouseholdFacts } from './overrides.ts';
import {
  ageOn,
  NO_RECORD,
  overrideFor,
  personOf,
  type Registry,
  type RegistryAnswer,
  type RegistryContext,
} from './registry.ts';

/**
 * 公安户籍 (household registration). Knows every well-formed ID number, as the national population database
 * does. The birth date is read from the number itself (GB 11643 positions 7–14) and the registration place
 * from its address code: 440604 禅城区, and 440602 / 440603, the codes of the old 城区 and 石湾区 that were
 * merged into 禅城区 in 2002 (the demo's locals carry them too). Overrides cover people who moved.
 */
const DISTRICT_CODES = new Set(['440604', '440602', '440603']);

export function householdRegistry(ctx: RegistryContext, table?: Record<string, HouseholdFacts>): Registry {
  return {
    system: 'household',
    answer(predicate: string, subject: Subject): RegistryAnswer {
      const today = ctx.today();
      const person = personOf(subject, today);
      const o = overrideFor(table, person.idNumber);
      if (o?.noRecord) return NO_RECORD;
      const birthDate = o?.birthDate ?? person.birthDate;
      switch (predicate) {
        case 'age_over_18':
          return { answer: ageOn(birthDate, today) >= 18 };
        case 'age_over_80':
          return { answer: ageOn(birthDate, today) >= 80 };
        case 'household_registered_in_district':
          return { answer: o?.registeredInDistrict ?? DISTRICT_CODES.has(person.areaCode) };
        default:
          throw new Error(`household: no rule for predicate ${predicate}`);
      }
    },
  };
}
