import { readFileSync } from 'node:fs';
import { isCalendarDate, parseIdNumber } from '@yimen/shared/id-checks';
import { SYSTEM_IDS, type SystemId } from '../modules/verification/protocol.ts';

/**
 * Explicit facts that replace the derived ones for named subjects, per registry (each department keeps its
 * own data, so each has its own table). `noRecord: true` makes the registry not know the subject at all.
 * Keys are ID numbers (persons) or credit codes (enterprises).
 */
export interface NoRecord {
  noRecord?: boolean;
}
export interface HouseholdFacts extends NoRecord {
  /** YYYY-MM-DD; replaces the date read from the ID number (e.g. a corrected registration). */
  birthDate?: string;
  registeredInDistrict?: boolean;
}
export interface MarriageFacts extends NoRecord {
  married?: boolean;
}
export interface SocialInsuranceFacts extends NoRecord {
  insured?: boolean;
  receivingUnemploymentBenefit?: boolean;
}
export interface BusinessFacts extends NoRecord {
  /** false is the same as noRecord: the district's register does not hold the enterprise. */
  registered?: boolean;
  active?: boolean;
  /** The ID number of the legal representative (法定代表人) the register holds for the enterprise. */
  legalRepresentative?: string;
}
export interface PropertyFacts extends NoRecord {
  ownsPropertyInDistrict?: boolean;
}

export interface DepartmentOverrides {
  household?: Record<string, HouseholdFacts>;
  marriage?: Record<string, MarriageFacts>;
  social_insurance?: Record<string, SocialInsuranceFacts>;
  business?: Record<string, BusinessFacts>;
  property?: Record<string, PropertyFacts>;
}

// The facts each registry accepts. All are booleans except the household's birth date and the business register's
// legal representative (an ID number).
const FACTS: Record<SystemId, string[]> = {
  household: ['noRecord', 'birthDate', 'registeredInDistrict'],
  marriage: ['noRecord', 'married'],
  social_insurance: ['noRecord', 'insured', 'receivingUnemploymentBenefit'],
  business: ['noRecord', 'registered', 'active', 'legalRepresentative'],
  property: ['noRecord', 'ownsPropertyInDistrict'],
};

const EXPECTED: Record<string, string> = { birthDate: 'YYYY-MM-DD', legalRepresentative: 'an ID number' };

/**
 * Checks every fact (a typo such as "married": "yes" would otherwise pass as true) and upper-cases and trims
 * the keys, so a trailing x in an ID number matches however it was written.
 */
export function normaliseOverrides(raw: DepartmentOverrides): DepartmentOverrides {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [system, table] of Object.entries(raw)) {
    const allowed = FACTS[system as SystemId];
    if (!allowed) {
      throw new Error(`overrides: unknown system "${system}" (expected one of ${SYSTEM_IDS.join(', ')})`);
    }
    if (typeof table !== 'object' || table === null) throw new Error(`overrides.${system} must be an object`);
    const entries = Object.entries(table as Record<string, Record<string, unknown>>);
    for (const [id, facts] of entries) {
      for (const [fact, value] of Object.entries(facts ?? {})) {
        const where = `overrides.${system}["${id}"].${fact}`;
        if (!allowed.includes(fact))
          throw new Error(`${where}: unknown fact (expected ${allowed.join(', ')})`);
        const ok =
          fact === 'birthDate'
            ? isCalendarDate(String(value))
            : fact === 'legalRepresentative'
              ? parseIdNumber(String(value)).ok
              : typeof value === 'boolean';
        if (!ok) throw new Error(`${where}: expected ${EXPECTED[fact] ?? 'true or false'}`);
      }
    }
    out[system] = Object.fromEntries(entries.map(([id, facts]) => [id.trim().toUpperCase(), facts]));
  }
  return out as DepartmentOverrides;
}

/** Reads an override table from a JSON file and fails with the file name when it is not one. */
export function loadOverridesFile(path: string): DepartmentOverrides {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`overrides file ${path}: ${(err as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`overrides file ${path}: expected an object keyed by system id`);
  }
  return normaliseOverrides(parsed as DepartmentOverrides);
}
