import { parseCreditCode } from '@yimen/shared/id-checks';
import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import { CHANCHENG_DEPARTMENTS } from '../../organisation/departments.data.ts';
import { ItemDefinition, type ItemDefinitionT } from '../item-definition.ts';
import { REAL_ITEMS } from './real-items.ts';
import { DISTRICT_LEVEL_DIGIT, PREDICATE_SYSTEMS } from './real-items-shared.ts';

const EXPECTED_NAMES = [
  '出生登记',
  '居民身份证换领',
  '居住证首次申领',
  '居住证签注',
  '流动人口居住登记',
  '结婚登记',
  '生育登记',
  '社会保障卡申领',
  '灵活就业人员参保登记',
  '失业保险金申领',
  '基本养老保险待遇申领',
  '最低生活保障申请',
  '高龄津贴申领',
  '残疾人证申领',
  '公共租赁住房申请',
  '义务教育入学报名',
  '个体工商户设立登记',
  '企业设立登记',
  '企业变更登记',
  '企业注销登记',
  '食品经营许可',
  '公共场所卫生许可',
  '药品零售企业经营许可',
  '人力资源服务许可',
  '建筑工程施工许可',
  '城镇污水排入排水管网许可',
  '城市建筑垃圾处置核准',
  '户外广告设置许可',
  '临时占用城市道路许可',
  '道路运输经营许可',
  '不动产登记',
];

const departmentIds = new Set<string>(CHANCHENG_DEPARTMENTS.map((d) => d.id));
const byName = (name: string): ItemDefinitionT => {
  const item = REAL_ITEMS.find((i) => i.name === name);
  if (!item) throw new Error(`missing item ${name}`);
  return item;
};
const duplicates = (values: string[]): string[] => values.filter((v, i) => values.indexOf(v) !== i);

/** Every id that must be unique inside one item: materials, conditions, verifications, stages, nodes. */
function idsWithin(item: ItemDefinitionT): Record<string, string[]> {
  return {
    materials: item.materials.map((m) => m.id),
    acceptConditions: item.acceptConditions.map((c) => c.id),
    verifications: item.verifications.map((v) => v.id),
    stages: item.stages.map((s) => s.id),
    nodes: item.stages.flatMap((s) => s.nodes.map((n) => n.id)),
    ...Object.fromEntries(
      item.stages.flatMap((s) => s.nodes.map((n) => [`checklist of ${n.id}`, n.checklist.map((c) => c.id)])),
    ),
  };
}

describe('REAL_ITEMS', () => {
  it('every item validates against the ItemDefinition schema', () => {
    const failures = REAL_ITEMS.flatMap((item) =>
      Value.Errors(ItemDefinition, item).map((e) => `${item.name} ${e.instancePath}: ${e.message}`),
    );
    expect(failures).toEqual([]);
    expect(REAL_ITEMS.every((item) => Value.Check(ItemDefinition, item))).toBe(true);
  });

  it('holds exactly the 31 named items, each once', () => {
    expect(REAL_ITEMS.map((i) => i.name).sort()).toEqual([...EXPECTED_NAMES].sort());
  });

  it('has unique basic and implementation codes', () => {
    expect(duplicates(REAL_ITEMS.map((i) => i.implementationCode))).toEqual([]);
    expect(duplicates(REAL_ITEMS.map((i) => i.basicCode))).toEqual([]);
  });

  it('forms implementation codes as credit code + level digit + basic code', () => {
    for (const item of REAL_ITEMS) {
      expect(item.basicCode, item.name).toMatch(/^\d{12}$/);
      const creditCode = item.implementationCode.slice(0, 18);
      expect(parseCreditCode(creditCode).ok, `${item.name}: ${creditCode}`).toBe(true);
      expect(creditCode.slice(2, 8), item.name).toBe('440604');
      expect(item.implementationCode, item.name).toBe(
        `${creditCode}${DISTRICT_LEVEL_DIGIT}${item.basicCode}`,
      );
    }
  });

  it('keeps ids unique within each item', () => {
    for (const item of REAL_ITEMS) {
      for (const [kind, ids] of Object.entries(idsWithin(item))) {
        expect(duplicates(ids), `${item.name} ${kind}`).toEqual([]);
      }
    }
  });

  it('has no stages and a zero promise exactly when an item is instant', () => {
    for (const item of REAL_ITEMS) {
      const instant = item.handlingType === 'instant';
      expect(item.stages.length === 0, item.name).toBe(instant);
      expect(item.promisedLimitDays === 0, item.name).toBe(instant);
    }
  });

  it('promises no more than the legal limit, and node limits fit within the promise', () => {
    for (const item of REAL_ITEMS) {
      expect(item.promisedLimitDays, item.name).toBeLessThanOrEqual(item.legalLimitDays);
      const critical = item.stages.reduce((sum, s) => sum + Math.max(...s.nodes.map((n) => n.limitDays)), 0);
      expect(critical, item.name).toBeLessThanOrEqual(item.promisedLimitDays);
    }
  });

  it('names only departments that exist', () => {
    for (const item of REAL_ITEMS) {
      expect(departmentIds.has(item.departmentId), `${item.name} ${item.departmentId}`).toBe(true);
      for (const n of item.stages.flatMap((s) => s.nodes)) {
        expect(departmentIds.has(n.departmentId), `${item.name} node ${n.id} ${n.departmentId}`).toBe(true);
      }
    }
  });

  it('asks only the predicates the simulated systems answer, each of its own system', () => {
    const systems: Record<string, string> = PREDICATE_SYSTEMS;
    for (const v of REAL_ITEMS.flatMap((i) => i.verifications)) {
      expect(Object.keys(systems)).toContain(v.predicate);
      expect(v.system, v.predicate).toBe(systems[v.predicate]);
    }
  });

  it('verifies the key facts of the examples in the brief', () => {
    const expectation = (name: string, predicate: string) =>
      byName(name).verifications.find((v) => v.predicate === predicate)?.expected;
    expect(expectation('结婚登记', 'unmarried')).toBe(true);
    expect(expectation('高龄津贴申领', 'age_over_80')).toBe(true);
    expect(expectation('居住证首次申领', 'household_registered_in_district')).toBe(false);
    expect(expectation('企业注销登记', 'business_registered')).toBe(true);
    expect(expectation('公共租赁住房申请', 'owns_property_in_district')).toBe(false);
    expect(expectation('失业保险金申领', 'insured')).toBe(true);
  });

  it('has at least three items with a stage run by two departments in parallel', () => {
    const parallel = REAL_ITEMS.filter((i) =>
      i.stages.some((s) => new Set(s.nodes.map((n) => n.departmentId)).size >= 2),
    );
    expect(parallel.length).toBeGreaterThanOrEqual(3);
  });

  it('has at least four trust-first items, all for natural persons', () => {
    const trustFirst = REAL_ITEMS.filter((i) => i.trustFirst);
    expect(trustFirst.length).toBeGreaterThanOrEqual(4);
    for (const item of trustFirst) expect(item.serviceObjects, item.name).toContain('1');
  });

  it('links each handling item to a parent item in the list', () => {
    const handling = REAL_ITEMS.filter((i) => i.level === 'handling');
    expect(handling.length).toBeGreaterThanOrEqual(1);
    const codes = new Set(REAL_ITEMS.flatMap((i) => [i.basicCode, i.implementationCode]));
    for (const item of handling) {
      expect(item.handlingKind, item.name).toBeDefined();
      expect(item.parentCode !== item.basicCode, item.name).toBe(true);
      expect(codes.has(item.parentCode ?? ''), `${item.name} → ${item.parentCode}`).toBe(true);
    }
    expect(byName('居住证签注')).toMatchObject({ level: 'handling', handlingKind: 'renew' });
    expect(byName('居住证签注').parentCode).toBe(byName('居住证首次申领').basicCode);
  });

  it('gives a condition to exactly the conditional materials', () => {
    for (const item of REAL_ITEMS) {
      for (const m of item.materials) {
        if (m.necessity === 'conditional') expect(m.condition, `${item.name} ${m.id}`).toBeTruthy();
        else expect(m.condition, `${item.name} ${m.id}`).toBeUndefined();
      }
    }
  });

  it('gives every item several search keywords and a cited source', () => {
    for (const item of REAL_ITEMS) {
      expect(item.keywords.length, item.name).toBeGreaterThanOrEqual(5);
      expect(duplicates(item.keywords), item.name).toEqual([]);
      expect(item.source, item.name).toMatch(/《|广东政务服务网/);
      expect(item.legalBasis.length, item.name).toBeGreaterThan(0);
    }
  });

  it('charges the published fees where there are fees', () => {
    expect(byName('居民身份证换领').fees.map((f) => f.amountYuan)).toEqual([20]);
    expect(byName('不动产登记').fees.map((f) => f.amountYuan)).toEqual(expect.arrayContaining([80, 550]));
  });
});
