import { describe, expect, it } from 'vitest';
import { blankDefinition, fieldNamePath, nextId, toDefinition } from './definition-form.ts';

describe('the item editor form', () => {
  it('puts a server field on the form field it names', () => {
    expect(fieldNamePath('materials.2.name')).toEqual(['materials', 2, 'name']);
    expect(fieldNamePath('stages.0.nodes.1.departmentId')).toEqual(['stages', 0, 'nodes', 1, 'departmentId']);
    expect(fieldNamePath('promisedLimitDays')).toEqual(['promisedLimitDays']);
  });

  it('leaves out blank optional texts, blank legal-basis lines and the situation of a material always needed', () => {
    const def = toDefinition({
      ...blankDefinition(),
      legalBasis: ['《条例》', '  ', ''],
      materials: [
        {
          id: 'lease',
          name: '租赁合同',
          originalOrCopy: 'copy',
          form: 'paper',
          necessity: 'required',
          condition: '租房经营的',
          source: 'applicant',
          copies: 1,
          note: ' ',
        },
        {
          id: 'proof',
          name: '产权证明',
          originalOrCopy: 'copy',
          form: 'paper',
          necessity: 'conditional',
          condition: ' 自有房屋的 ',
          source: 'applicant',
          copies: 1,
        },
      ],
    });
    expect(def.legalBasis).toEqual(['《条例》']);
    expect(def.materials[0]).not.toHaveProperty('condition');
    expect(def.materials[0]).not.toHaveProperty('note');
    expect(def.materials[1]!.condition).toBe('自有房屋的');
  });

  it('gives a new row an id no other row has', () => {
    expect(nextId('material', [{ id: 'material_2' }, { id: 'id_card' }])).toBe('material_3');
    expect(nextId('material', [{ id: 'material_1' }])).toBe('material_2');
    expect(nextId('stage', [])).toBe('stage_1');
  });
});
