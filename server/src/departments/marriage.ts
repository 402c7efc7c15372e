import type { Subject } from '../modules/verification/protocol.ts';
import type { MarriageFacts } from './overrides.ts';
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

// 民法典 第1047条: men may marry from 22, women from 20. Above 25 a little over half are married in the
// simulated population; between the legal age and 25, one in five.
const SHARE_MARRIED_OVER_25 = 0.55;
const SHARE_MARRIED_YOUNG = 0.2;

/**
 * 民政婚姻登记 (marriage registration). `married` means a marriage registration is in force; `unmarried` is its
 * negation (never married, divorced or widowed), the fact a 婚姻状况 check needs.
 */
export function marriageRegistry(ctx: RegistryContext, table?: Record<string, MarriageFacts>): Registry {
  return {
    system: 'marriage',
    answer(predicate: string, subject: Subject): RegistryAnswer {
      const today = ctx.today();
      const person = personOf(subject, today);
      const o = overrideFor(table, person.idNumber);
      if (o?.noRecord) return NO_RECORD;
      const married =
        o?.married ?? derivedMarried(ctx, person.idNumber, person.gender, person.birthDate, today);
      if (predicate === 'married') return { answer: married };
      if (predicate === 'unmarried') return { answer: !married };
      throw new Error(`marriage: no rule for predicate ${predicate}`);
    },
  };
}

function derivedMarried(
  ctx: RegistryContext,
  idNumber: string,
  gender: 'M' | 'F',
  birthDate: string,
  today: string,
): boolean {
  const age = ageOn(birthDate, today);
  if (age < (gender === 'M' ? 22 : 20)) return false;
  const share = age > 25 ? SHARE_MARRIED_OVER_25 : SHARE_MARRIED_YOUNG;
  return keyedFraction(ctx.dataKey, 'marriage', 'married', idNumber) < share;
}
