import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeCreditCode, makeIdNumber } from '@yimen/shared/id-checks';
import { describe, expect, it } from 'vitest';
import { businessRegistry } from './business.ts';
import { householdRegistry } from './household.ts';
import { marriageRegistry } from './marriage.ts';
import { loadOverridesFile, normaliseOverrides } from './overrides.ts';
import { ageOn, InvalidSubject, type RegistryContext } from './registry.ts';
import { socialInsuranceRegistry } from './social-insurance.ts';

const on = (today: string): RegistryContext => ({ dataKey: 'test-data', today: () => today });
const person = (id: string) => ({ type: 'person' as const, id });

describe('ageOn (周岁)', () => {
  it('counts completed years and turns over on the birthday', () => {
    expect(ageOn('2008-11-22', '2026-11-21')).toBe(17);
    expect(ageOn('2008-11-22', '2026-11-22')).toBe(18);
  });
  it('completes a year of someone born on 29 February on 1 March of a common year', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });
});

describe('household registry', () => {
  const born1950 = makeIdNumber('440604', '1950-03-15', 13);
  it('reads the birth date from the ID number: born 1950 is over 18, and over 80 from 2030 on', () => {
    const today = householdRegistry(on('2026-11-22'));
    expect(today.answer('age_over_18', person(born1950)).answer).toBe(true);
    expect(today.answer('age_over_80', person(born1950)).answer).toBe(false);
    const later = householdRegistry(on('2031-01-01'));
    expect(later.answer('age_over_80', person(born1950)).answer).toBe(true);
  });
  it('answers no to a 17-year-old', () => {
    const teen = makeIdNumber('440604', '2009-06-01', 22);
    expect(householdRegistry(on('2026-11-22')).answer('age_over_18', person(teen)).answer).toBe(false);
  });
  it('places Chancheng codes, old and new, in the district, and others outside unless overridden', () => {
    const migrant = makeIdNumber('430104', '1990-01-01', 11);
    const reg = householdRegistry(on('2026-11-22'), { [migrant]: { registeredInDistrict: true } });
    const q = (id: string) => reg.answer('household_registered_in_district', person(id)).answer;
    expect(q(makeIdNumber('440604', '1990-01-01', 11))).toBe(true);
    expect(q(makeIdNumber('440603', '1980-01-01', 11))).toBe(true);
    expect(q(makeIdNumber('440605', '1980-01-01', 11))).toBe(false);
    expect(q(migrant)).toBe(true);
  });
  it('refuses a malformed ID number and an enterprise subject', () => {
    const reg = householdRegistry(on('2026-11-22'));
    const bad = `${born1950.slice(0, 17)}${born1950[17] === '0' ? '1' : '0'}`;
    expect(() => reg.answer('age_over_18', person(bad))).toThrow(InvalidSubject);
    expect(() => reg.answer('age_over_18', { type: 'enterprise', id: born1950 })).toThrow(InvalidSubject);
  });
  it('answers false with no_record for a person it does not hold', () => {
    const reg = householdRegistry(on('2026-11-22'), { [born1950]: { noRecord: true } });
    expect(reg.answer('age_over_18', person(born1950))).toEqual({ answer: false, reason: 'no_record' });
  });
});

describe('marriage registry', () => {
  it('marries about 55 % of people over 25, deterministically for a data key', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => makeIdNumber('440604', '1980-05-05', i));
    const reg = marriageRegistry(on('2026-11-22'));
    const married = ids.filter((id) => reg.answer('married', person(id)).answer).length;
    expect(married / ids.length).toBeGreaterThan(0.5);
    expect(married / ids.length).toBeLessThan(0.6);
    const again = marriageRegistry(on('2026-11-22'));
    expect(ids.map((id) => again.answer('married', person(id)).answer)).toEqual(
      ids.map((id) => reg.answer('married', person(id)).answer),
    );
  });
  it('marries no 21-year-old man (legal age 22) but some 21-year-old women (legal age 20)', () => {
    const reg = marriageRegistry(on('2026-11-22'));
    const married = (seq: number) =>
      reg.answer('married', person(makeIdNumber('440604', '2005-01-01', seq))).answer;
    const seqs = Array.from({ length: 400 }, (_, i) => i);
    expect(seqs.filter((s) => s % 2 === 1 && married(s))).toEqual([]); // odd sequence = man
    expect(seqs.filter((s) => s % 2 === 0 && married(s)).length).toBeGreaterThan(10);
  });
  it('lets an override make a named person married, and unmarried is its negation', () => {
    const id = makeIdNumber('440604', '1990-07-07', 101);
    const single = marriageRegistry(on('2026-11-22'), { [id]: { married: false } });
    const wed = marriageRegistry(on('2026-11-22'), { [id]: { married: true } });
    expect(single.answer('unmarried', person(id)).answer).toBe(true);
    expect(wed.answer('married', person(id)).answer).toBe(true);
    expect(wed.answer('unmarried', person(id)).answer).toBe(false);
  });
});

describe('social insurance registry', () => {
  it('ends the benefit when an override says the person is not insured', () => {
    const id = makeIdNumber('440604', '1985-01-01', 7);
    const reg = socialInsuranceRegistry(on('2026-11-22'), { [id]: { insured: false } });
    expect(reg.answer('insured', person(id)).answer).toBe(false);
    expect(reg.answer('receiving_unemployment_benefit', person(id)).answer).toBe(false);
  });
  it('does not insure children', () => {
    const child = makeIdNumber('440604', '2019-01-01', 7);
    expect(socialInsuranceRegistry(on('2026-11-22')).answer('insured', person(child)).answer).toBe(false);
  });
});

describe('business registry', () => {
  const local = makeCreditCode('91', '440604', 'MA000001');
  const elsewhere = makeCreditCode('91', '440101', 'MA000002');
  const enterprise = (id: string) => ({ type: 'enterprise' as const, id });
  it("holds the district's market entities and answers no_record for others", () => {
    const reg = businessRegistry(on('2026-11-22'));
    expect(reg.answer('business_registered', enterprise(local))).toEqual({ answer: true });
    expect(reg.answer('business_registered', enterprise(elsewhere))).toEqual({
      answer: false,
      reason: 'no_record',
    });
  });
  it('follows the override table', () => {
    const reg = businessRegistry(on('2026-11-22'), { [local]: { active: false } });
    expect(reg.answer('business_active', enterprise(local)).answer).toBe(false);
  });
  it('says whether a person is the legal representative it holds, and refuses the question without one', () => {
    const rep = makeIdNumber('440604', '1988-06-15', 131);
    const other = makeIdNumber('440604', '1991-03-08', 242);
    const reg = businessRegistry(on('2026-11-22'), { [local]: { legalRepresentative: rep } });
    expect(reg.answer('legal_representative', enterprise(local), person(rep))).toEqual({ answer: true });
    expect(reg.answer('legal_representative', enterprise(local), person(other))).toEqual({ answer: false });
    expect(() => reg.answer('legal_representative', enterprise(local))).toThrow(InvalidSubject);
  });
  it('refuses a credit code with a wrong check character', () => {
    const bad = local.slice(0, 17) + (local[17] === '0' ? '1' : '0');
    expect(() => businessRegistry(on('2026-11-22')).answer('business_active', enterprise(bad))).toThrow(
      InvalidSubject,
    );
  });
});

describe('override tables', () => {
  it('loads a JSON file and matches an ID number whatever the case of its x', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yimen-overrides-'));
    try {
      const file = join(dir, 'overrides.json');
      writeFileSync(file, JSON.stringify({ marriage: { '44060419960808024x': { married: true } } }));
      const reg = marriageRegistry(on('2026-11-22'), loadOverridesFile(file).marriage);
      expect(reg.answer('married', person('44060419960808024X')).answer).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('refuses an unknown system, an unknown fact and a fact that is not true or false', () => {
    expect(() => normaliseOverrides({ police: {} } as never)).toThrow(/unknown system/);
    expect(() => normaliseOverrides({ marriage: { X: { wed: true } } } as never)).toThrow(/unknown fact/);
    expect(() => normaliseOverrides({ marriage: { X: { married: 'yes' } } } as never)).toThrow(
      /true or false/,
    );
  });
});
