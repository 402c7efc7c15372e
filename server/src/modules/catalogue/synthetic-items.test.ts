import { describe, expect, it } from 'vitest';
import { buildCommitmentItem, buildItem } from '../../../test/factories.ts';
import { CHANCHENG_DEPARTMENTS } from '../organisation/departments.data.ts';
import { schemaViolation } from './definition-validator.ts';
import { checkItemRules } from './item-rules.ts';
import { CHANCHENG_TARGETS, countItems, generateSyntheticItems } from './synthetic-items.ts';

// A stand-in for REAL_ITEMS: two natural-person items (one instant) and one legal-person item.
const FAKE_REAL = [
  buildItem({ name: '婚姻登记（测试）' }),
  buildCommitmentItem({ name: '公共租赁住房申请（测试）' }),
  buildCommitmentItem({ name: '食品经营许可（测试）', serviceObjects: ['2'], departmentId: 'amr' }),
];
const DEPARTMENTS = new Set(CHANCHENG_DEPARTMENTS.map((d) => d.id));

describe('synthetic catalogue', () => {
  const synthetic = generateSyntheticItems(FAKE_REAL, { districtCode: '440604' });

  it("fills the catalogue to exactly Chancheng's 456/120 natural and 596/55 legal items", () => {
    expect(countItems(FAKE_REAL)).toEqual({
      natural: { total: 2, instant: 1 },
      legal: { total: 1, instant: 0 },
    });
    expect(countItems([...FAKE_REAL, ...synthetic])).toEqual(CHANCHENG_TARGETS);
    expect(synthetic).toHaveLength(456 + 596 - 3);
  });

  it('makes only valid items with real departments, marked synthetic', () => {
    for (const def of synthetic) {
      expect(schemaViolation(def) ?? checkItemRules(def, DEPARTMENTS), def.implementationCode).toBeNull();
      expect(def.source).toBe('synthetic');
      expect(def.materials.length).toBeGreaterThanOrEqual(2);
      expect(def.materials.length).toBeLessThanOrEqual(8);
      expect(def.stages.length).toBeLessThanOrEqual(3);
      if (def.handlingType === 'commitment') {
        expect(def.promisedLimitDays).toBeGreaterThanOrEqual(1);
        expect(def.legalLimitDays).toBeLessThanOrEqual(20);
      }
    }
  });

  it('uses unique SYN- codes and never a real item’s name', () => {
    const codes = synthetic.map((d) => d.implementationCode);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((c) => /^SYN-440604-[NL]\d{4}$/.test(c))).toBe(true);
    expect(synthetic.every((d) => d.basicCode.startsWith('SYN-'))).toBe(true);
    const realNames = new Set(FAKE_REAL.map((d) => d.name));
    expect(synthetic.some((d) => realNames.has(d.name))).toBe(false);
    const names = new Set(synthetic.map((d) => `${d.name}|${d.departmentId}`));
    expect(names.size).toBe(synthetic.length);
  });

  it('is repeatable for a seed and different for another', () => {
    expect(generateSyntheticItems(FAKE_REAL, { districtCode: '440604' })).toEqual(synthetic);
    const other = generateSyntheticItems(FAKE_REAL, { districtCode: '440604', seed: 7 });
    expect(other.map((d) => d.name)).not.toEqual(synthetic.map((d) => d.name));
    expect(countItems([...FAKE_REAL, ...other])).toEqual(CHANCHENG_TARGETS);
  });

  it('refuses real items beyond the targets', () => {
    const targets = { natural: { total: 1, instant: 0 }, legal: { total: 5, instant: 0 } };
    expect(() => generateSyntheticItems(FAKE_REAL, { districtCode: '440604', targets })).toThrow(/natural/);
  });
});
