import { describe, expect, it } from 'vitest';
import { TAXONOMY } from './taxonomy.data.ts';
import { STAGES } from './taxonomy.types.ts';
import { validateTaxonomy } from './validate-taxonomy.ts';

const byCode = new Map(TAXONOMY.minors.map((m) => [m.code, m]));
const hoursOf = (l: { amount: number; unit: string }) =>
  l.unit === 'working_hours' ? l.amount : l.amount * 8;

describe('the taxonomy as shipped', () => {
  it('has the 17 majors of the seed platform, 01–17 in order', () => {
    expect(TAXONOMY.majors.map((m) => m.code)).toEqual(
      Array.from({ length: 17 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
  });

  it('has about 133 minors (125–140), each major at least one', () => {
    expect(TAXONOMY.minors.length).toBeGreaterThanOrEqual(125);
    expect(TAXONOMY.minors.length).toBeLessThanOrEqual(140);
    for (const major of TAXONOMY.majors)
      expect(
        TAXONOMY.minors.some((m) => m.majorCode === major.code),
        major.code,
      ).toBe(true);
  });

  it.each([
    ['06001', '私搭乱建'],
    ['06010', '暴露垃圾'],
    ['06013', '道路破损'],
    ['06028', '噪声扰民'],
    ['07001', '非法小广告'],
    ['08001', '施工扰民'],
    ['08016', '无证建设'],
    ['09006', '占道经营'],
    ['09009', '机动车乱停放'],
    ['09011', '共享单车乱象'],
    ['09012', '占用消防通道'],
  ])('keeps the listed code %s as %s', (code, name) => {
    expect(byCode.get(code)?.name).toBe(name);
  });

  it('passes its own validator', () => {
    expect(validateTaxonomy(TAXONOMY)).toEqual([]);
  });

  it('gives every minor a positive limit for each of the four stages and keywords for the classifier', () => {
    for (const minor of TAXONOMY.minors) {
      for (const stage of STAGES)
        expect(minor.limits[stage].amount, `${minor.code} ${stage}`).toBeGreaterThan(0);
      expect(minor.keywords.length, minor.code).toBeGreaterThan(0);
    }
  });

  it('makes components of majors 01–05 and events of 06–17', () => {
    for (const minor of TAXONOMY.minors)
      expect(minor.kind, minor.code).toBe(Number(minor.majorCode) <= 5 ? 'component' : 'event');
  });

  it('gives urgent and critical classes shorter limits than general ones', () => {
    const longest = (severity: string, stage: 'accept' | 'dispose' | 'verify') =>
      Math.max(
        ...TAXONOMY.minors.filter((m) => m.defaultSeverity === severity).map((m) => hoursOf(m.limits[stage])),
      );
    expect(longest('critical', 'dispose')).toBeLessThanOrEqual(4);
    expect(longest('critical', 'accept')).toBeLessThan(longest('general', 'accept'));
    expect(longest('urgent', 'verify')).toBeLessThan(longest('general', 'verify'));
    expect(hoursOf(byCode.get('08016')!.limits.dispose)).toBeGreaterThan(
      hoursOf(byCode.get('09012')!.limits.dispose),
    );
  });

  it('keeps the fire hazard inside a building apart from the blocked fire lane outside', () => {
    expect(byCode.get('12001')!.name).not.toBe(byCode.get('09012')!.name);
    expect(byCode.get('12001')!.majorCode).toBe('12');
  });
});
