import { describe, expect, it } from 'vitest';
import { buildCommitmentItem, buildItem } from '../../../test/factories.ts';
import { schemaViolation } from './definition-validator.ts';
import type { ItemDefinitionT } from './item-definition.ts';
import { checkItemRules } from './item-rules.ts';

const DEPARTMENTS = new Set(['cab', 'hcb', 'amr']);
const fieldOf = (def: ItemDefinitionT) => checkItemRules(def, DEPARTMENTS)?.field ?? null;

describe('item rules', () => {
  it('accepts a well-formed instant and commitment item', () => {
    expect(checkItemRules(buildItem(), DEPARTMENTS)).toBeNull();
    expect(checkItemRules(buildCommitmentItem(), DEPARTMENTS)).toBeNull();
  });

  it('names an unknown department, also inside a stage', () => {
    expect(fieldOf(buildItem({ departmentId: 'nope' }))).toBe('departmentId');
    const def = buildCommitmentItem();
    def.stages[1]!.nodes[0]!.departmentId = 'nope';
    expect(fieldOf(def)).toBe('stages.1.nodes.0.departmentId');
  });

  it('keeps instant items on the spot and commitment items in a department stage', () => {
    const withStages = buildCommitmentItem({ handlingType: 'instant', promisedLimitDays: 0 });
    expect(fieldOf(withStages)).toBe('stages');
    expect(fieldOf(buildItem({ promisedLimitDays: 2, legalLimitDays: 5 }))).toBe('promisedLimitDays');
    expect(fieldOf(buildItem({ handlingType: 'commitment', promisedLimitDays: 5, legalLimitDays: 5 }))).toBe(
      'stages',
    );
  });

  it('refuses a promise longer than the legal limit', () => {
    const broken = checkItemRules(
      buildCommitmentItem({ promisedLimitDays: 21, legalLimitDays: 20 }),
      DEPARTMENTS,
    );
    expect(broken?.field).toBe('promisedLimitDays');
    expect(broken?.message).toContain('21');
  });

  it('names the second of two equal ids by its path', () => {
    const def = buildItem();
    def.materials[2]!.id = 'id_card';
    expect(fieldOf(def)).toBe('materials.2.id');
    const nodes = buildCommitmentItem();
    nodes.stages[1]!.nodes[0]!.id = 'housing';
    expect(fieldOf(nodes)).toBe('stages.1.nodes.0.id');
    const verifications = buildItem({
      verifications: [
        {
          id: 'v',
          predicate: 'age_over_18',
          system: 'household',
          description: '年满18周岁',
          expected: true,
          subject: 'applicant',
        },
        {
          id: 'v',
          predicate: 'married',
          system: 'marriage',
          description: '已婚',
          expected: true,
          subject: 'applicant',
        },
      ],
    });
    expect(fieldOf(verifications)).toBe('verifications.1.id');
  });

  it('asks for the condition of a conditional material', () => {
    const def = buildItem();
    def.materials[1]!.necessity = 'conditional';
    expect(fieldOf(def)).toBe('materials.1.condition');
    def.materials[1]!.condition = '委托他人办理的';
    expect(fieldOf(def)).toBeNull();
  });

  it('keeps implementation codes URL-safe', () => {
    expect(fieldOf(buildItem({ implementationCode: 'a/b' }))).toBe('implementationCode');
    expect(fieldOf(buildItem({ implementationCode: '11440604YM0000091C4000106001000' }))).toBeNull();
  });
});

describe('schema check outside a route', () => {
  it('names the path of a missing, unknown or wrong field', () => {
    const { name: _omit, ...noName } = buildItem();
    expect(schemaViolation(noName)?.field).toBe('name');
    expect(schemaViolation({ ...buildItem(), colour: 'red' })?.field).toBe('colour');
    const def = buildItem();
    (def.materials[0] as { copies: unknown }).copies = '1';
    expect(schemaViolation(def)?.field).toBe('materials.0.copies');
    expect(schemaViolation(buildItem())).toBeNull();
  });
});
