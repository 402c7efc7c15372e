import { describe, expect, it } from 'vitest';
import { REAL_ITEMS } from './data/real-items.ts';
import { generateSyntheticItems } from './synthetic-items.ts';

/** The catalogue a district starts with: the real items and the synthetic ones that fill it to size. */
const CATALOGUE = [...REAL_ITEMS, ...generateSyntheticItems(REAL_ITEMS, { districtCode: '440604' })];

/** Materials of a person's civil status: they belong to 户籍, 婚姻, 生育 and property, never to a business. */
const CIVIL_STATUS = /结婚证|离婚证|亲属关系|出生医学证明|户口簿|婚姻状况/;
/** An item about a business (its registration, licence, report), whoever applies for it. */
const isBusinessItem = (name: string, serviceObjects: readonly string[]) =>
  !serviceObjects.includes('1') || /个体工商户|营业执照|食品摊贩|企业(?!职工)|公司/.test(name);

describe('the seeded catalogue makes sense to a clerk', () => {
  it('has no two items of the same name in one department', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const def of CATALOGUE) {
      const key = `${def.departmentId} ${def.name}`;
      if (seen.has(key)) twice.push(`${key}: ${seen.get(key)} and ${def.implementationCode}`);
      seen.set(key, def.implementationCode);
    }
    expect(twice).toEqual([]);
  });

  it('asks no business item for a marriage certificate, a kinship proof or other civil-status papers', () => {
    const wrong = CATALOGUE.filter((d) => isBusinessItem(d.name, d.serviceObjects)).flatMap((d) =>
      d.materials
        // 以家庭形式经营的 个体工商户 proves the family: the one business case where the household matters.
        .filter((x) => CIVIL_STATUS.test(x.name) && !x.condition?.includes('家庭'))
        .map((x) => `${d.name}: ${x.name}`),
    );
    expect(wrong).toEqual([]);
  });

  it('asks a marriage certificate only where marriage matters (户籍, 婚姻, 生育, property, schooling, housing)', () => {
    const where = new Set(
      CATALOGUE.filter((d) =>
        d.materials.some((x) => x.name.includes('结婚证') && !x.condition?.includes('家庭')),
      ).map((d) => d.departmentId),
    );
    expect([...where].filter((dept) => !['psb', 'cab', 'hth', 'nrb', 'edu', 'hcb'].includes(dept))).toEqual(
      [],
    );
  });

  it('gives 个体工商户变更登记 what a business change needs', () => {
    const change = CATALOGUE.filter((d) => d.name === '个体工商户变更登记');
    expect(change.length).toBeGreaterThan(0);
    for (const d of change) {
      const names = d.materials.map((x) => x.name);
      expect(names).toContain('个体工商户变更登记申请表');
      expect(names).toContain('变更事项的证明材料');
      expect(names.some((n) => CIVIL_STATUS.test(n))).toBe(false);
    }
  });
});
