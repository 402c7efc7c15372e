import type { Subject } from '../modules/verification/protocol.ts';
import type { SocialInsuranceFacts } from './overrides.ts';
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

// From the legal working age (16) most people pay into (or draw from) the insurance; a few per cent of the
// insured below retirement age are drawing unemployment benefit.
const WORKING_AGE = 16;
const RETIREMENT_AGE = 60;
const SHARE_INSURED = 0.85;
const SHARE_UNEMPLOYED = 0.03;

/** 人社社保 (social insurance). Knows every well-formed ID number; uninsured people simply answer no. */
export function socialInsuranceRegistry(
  ctx: RegistryContext,
  table?: Record<string, SocialInsuranceFacts>,
): Registry {
  return {
    system: 'social_insurance',
    answer(predicate: string, subject: Subject): RegistryAnswer {
      const today = ctx.today();
      const person = personOf(subject, today);
      const o = overrideFor(table, person.idNumber);
      if (o?.noRecord) return NO_RECORD;
      const age = ageOn(person.birthDate, today);
      const fraction = (fact: string) =>
        keyedFraction(ctx.dataKey, 'social_insurance', fact, person.idNumber);
      const insured = o?.insured ?? (age >= WORKING_AGE && fraction('insured') < SHARE_INSURED);
      if (predicate === 'insured') return { answer: insured };
      if (predicate === 'receiving_unemployment_benefit') {
        // An override of `insured: false` also ends a derived benefit: benefit is paid by the insurance.
        const derived = insured && age < RETIREMENT_AGE && fraction('unemployed') < SHARE_UNEMPLOYED;
        return { answer: o?.receivingUnemploymentBenefit ?? derived };
      }
      throw new Error(`social_insurance: no rule for predicate ${predicate}`);
    },
  };
}
