import { parseCreditCode } from '@yimen/shared/id-checks';
import type { Subject } from '../modules/verification/protocol.ts';
import type { BusinessFacts } from './overrides.ts';
import {
  InvalidSubject,
  keyedFraction,
  NO_RECORD,
  overrideFor,
  personOf,
  type Registry,
  type RegistryAnswer,
  type RegistryContext,
  requireSubjectType,
} from './registry.ts';

// The demo registers 93 % of its enterprises as active (存续); the register keeps the same share.
const SHARE_ACTIVE = 0.93;

/**
 * 市场监管登记 (business registration) of the district. It holds the market entities (GB 32100 authority 9:
 * 企业, 个体工商户, 农民专业合作社) whose credit code carries the district's division code 440604; any other
 * well-formed code is not in this register and answers no with `no_record`.
 */
export function businessRegistry(ctx: RegistryContext, table?: Record<string, BusinessFacts>): Registry {
  return {
    system: 'business',
    answer(predicate: string, subject: Subject, about?: Subject): RegistryAnswer {
      requireSubjectType(subject, 'enterprise');
      const parsed = parseCreditCode(subject.id);
      if (!parsed.ok) throw new InvalidSubject(`invalid credit code (${parsed.rule}): ${parsed.message}`);
      const code = parsed.value;
      const o = overrideFor(table, code.creditCode);
      const inRegister = code.authority === '9' && code.divisionCode === '440604';
      if (o?.noRecord || !(o?.registered ?? inRegister)) return NO_RECORD;
      if (predicate === 'business_registered') return { answer: true };
      if (predicate === 'legal_representative') {
        // The register names one legal representative per enterprise; the synthetic ones have none it can tell.
        const person = personOf(about ?? { type: 'enterprise', id: '' }, ctx.today());
        return { answer: o?.legalRepresentative?.trim().toUpperCase() === person.idNumber };
      }
      if (predicate === 'business_active') {
        const derived = keyedFraction(ctx.dataKey, 'business', 'active', code.creditCode) < SHARE_ACTIVE;
        return { answer: o?.active ?? derived };
      }
      throw new Error(`business: no rule for predicate ${predicate}`);
    },
  };
}
