import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../../../api/governance.ts';
import type { AreaListItem } from '../../../api/types.ts';
import { areaPaths, areaTree, classPatternLabel, classPatternTree, matchesNode } from './pickers.ts';

const taxonomy: Taxonomy = {
  majors: [
    { code: '06', name: '市容环境', nameEn: 'City appearance', kind: 'event' },
    { code: '01', name: '市政公用设施', nameEn: 'Public utilities', kind: 'component' },
  ],
  minors: [
    {
      code: '06013',
      name: '道路破损',
      nameEn: 'Damaged road',
      majorCode: '06',
      kind: 'event',
      defaultSeverity: 'general',
    },
    {
      code: '06010',
      name: '暴露垃圾',
      nameEn: 'Exposed refuse',
      majorCode: '06',
      kind: 'event',
      defaultSeverity: 'general',
    },
  ],
};

const area = (
  code: string,
  name: string,
  level: AreaListItem['level'],
  parentCode: string,
): AreaListItem => ({
  code,
  name,
  level,
  parentCode,
  derived: false,
  childCount: 0,
});

describe('the pickers of a responsibility line', () => {
  it('offers every class, then majors with their minors in code order', () => {
    const tree = classPatternTree(taxonomy, 'zh', '全部类别');
    expect(tree.map((n) => n.value)).toEqual(['*', '01', '06']);
    expect(tree[0]!.title).toBe('* 全部类别');
    expect(tree[2]!.children!.map((n) => n.title)).toEqual(['06010 暴露垃圾', '06013 道路破损']);
    expect(tree[1]!.children).toEqual([]);
    expect(classPatternTree(taxonomy, 'en', 'Every class')[2]!.title).toBe('06 City appearance');
  });

  it('names a line’s class at any level, and an unknown one by its code', () => {
    expect(classPatternLabel(taxonomy, '*', 'zh', '全部类别')).toBe('* 全部类别');
    expect(classPatternLabel(taxonomy, '06', 'en', 'x')).toBe('06 City appearance');
    expect(classPatternLabel(taxonomy, '06013', 'zh', 'x')).toBe('06013 道路破损');
    expect(classPatternLabel(taxonomy, '99001', 'zh', 'x')).toBe('99001');
    expect(classPatternLabel(null, '06013', 'zh', 'x')).toBe('06013');
  });

  it('builds the district, its streets, communities and grids, and reads areas with their parents', () => {
    const streets = [
      area('440604012', '祖庙街道', 'street', '440604'),
      area('440604010', '石湾镇街道', 'street', '440604'),
    ];
    const communities = [area('440604012001', '岭南社区', 'community', '440604012')];
    const grids = [area('440604012001001', '岭南社区第1网格', 'grid', '440604012001')];
    const tree = areaTree(streets, communities, grids, '全区');
    expect(tree.map((n) => n.value)).toEqual(['district', '440604010', '440604012']);
    expect(tree[2]!.children![0]!.label).toBe('祖庙街道 · 岭南社区');
    expect(tree[1]!.children).toBeUndefined();
    expect(tree[2]!.children![0]!.children![0]!.value).toBe('440604012001001');
    const paths = areaPaths(streets, communities, grids);
    expect(paths.get('440604012001')).toBe('祖庙街道 · 岭南社区');
    expect(paths.get('440604012001001')).toBe('祖庙街道 · 岭南社区第1网格');
  });

  it('matches typed words against code and names', () => {
    const node = { search: '06013 道路破损 damaged road' };
    expect(matchesNode('06013', node)).toBe(true);
    expect(matchesNode('Damaged ROAD', node)).toBe(true);
    expect(matchesNode('道路 06', node)).toBe(true);
    expect(matchesNode('垃圾', node)).toBe(false);
  });
});
