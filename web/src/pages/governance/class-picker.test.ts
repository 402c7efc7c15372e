import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../../api/governance.ts';
import { classGroups, classLabel, matchesClass, percent, usefulSuggestions } from './class-picker.ts';

const minor = (code: string, name: string, nameEn: string, kind: 'component' | 'event') => ({
  code,
  name,
  nameEn,
  majorCode: code.slice(0, 2),
  kind,
  defaultSeverity: 'general' as const,
});

const taxonomy: Taxonomy = {
  majors: [
    { code: '06', name: '市容环境', nameEn: 'City appearance', kind: 'event' },
    { code: '01', name: '市政公用设施', nameEn: 'Public utilities', kind: 'component' },
    { code: '17', name: '劳动保障', nameEn: 'Labour', kind: 'event' },
  ],
  minors: [
    minor('06013', '道路破损', 'Damaged road', 'event'),
    minor('06010', '暴露垃圾', 'Exposed refuse', 'event'),
    minor('01002', '污水井盖', 'Sewage manhole cover', 'component'),
  ],
};

describe('class picker', () => {
  it('groups minors under their majors in code order and leaves out empty majors', () => {
    const groups = classGroups(taxonomy, 'zh');
    expect(groups.map((g) => g.label)).toEqual(['01 市政公用设施', '06 市容环境']);
    expect(groups[1]!.options.map((o) => o.value)).toEqual(['06010', '06013']);
  });

  it('keeps to events or components when asked, and names them in English', () => {
    const groups = classGroups(taxonomy, 'en', 'event');
    expect(groups).toHaveLength(1);
    expect(groups[0]!.options[0]!.label).toBe('06010 Exposed refuse');
  });

  it('finds a class by code or by either name', () => {
    const [option] = classGroups(taxonomy, 'zh', 'component')[0]!.options;
    expect(matchesClass('01002', option!)).toBe(true);
    expect(matchesClass('井盖', option!)).toBe(true);
    expect(matchesClass('manhole COVER', option!)).toBe(true);
    expect(matchesClass('垃圾', option!)).toBe(false);
  });

  it('names a class, or shows its code when unknown', () => {
    expect(classLabel(taxonomy, '06010', 'zh')).toBe('暴露垃圾');
    expect(classLabel(null, '06010', 'en')).toBe('06010');
  });

  it('shows the best suggestion and only runners-up with a real chance', () => {
    const s = [
      { code: '06010', name: '暴露垃圾', confidence: 0.93 },
      { code: '06003', name: '道路不洁', confidence: 0.06 },
      { code: '03003', name: '果皮箱', confidence: 0.0001 },
    ];
    expect(usefulSuggestions(s).map((x) => x.code)).toEqual(['06010', '06003']);
    expect(usefulSuggestions([{ ...s[2]! }])).toHaveLength(1);
    expect(percent(0.934)).toBe('93 %');
    expect(percent(0.0001)).toBe('<1 %');
  });
});
