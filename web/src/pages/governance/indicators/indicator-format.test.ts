import { describe, expect, it } from 'vitest';
import type { IndicatorRow } from '../../../api/governance.ts';
import {
  chinaDate,
  formatHours,
  formatRate,
  type GroupNames,
  groupLabel,
  ratePercent,
} from './indicator-format.ts';

const row = (key: string, name: string): IndicatorRow => ({
  key,
  name,
  reported: 3,
  registered: 2,
  registrationRate: 0.6667,
  onTimeRegistrationRate: 1,
  accurateDispatchRate: null,
  onTimeDisposalRate: null,
  onTimeClosureRate: null,
  reworkRate: 0,
  duplicateRate: 0,
  averageDisposalHours: null,
});

const names = (lang: 'zh' | 'en'): GroupNames => ({
  lang,
  unit: (id) => ({ uml: lang === 'en' ? 'Urban Management Bureau' : '城管局' })[id],
  classEn: (code) => ({ '06013': 'Damaged road', '06': 'City appearance' })[code],
  undispatched: lang === 'en' ? 'Not dispatched' : '未派遣',
  total: lang === 'en' ? 'Total' : '合计',
  weekOf: (date) => (lang === 'en' ? `Week of ${date}` : `${date} 当周`),
});

describe('indicator formatting', () => {
  it('shows rates as percentages and a missing rate as a dash, not as 0 %', () => {
    expect(formatRate(0.9234)).toBe('92.3%');
    expect(formatRate(1)).toBe('100.0%');
    expect(formatRate(0)).toBe('0.0%');
    expect(formatRate(null)).toBe('—');
    expect(formatRate(0.12345, 2)).toBe('12.35%');
  });

  it('shows hours to a tenth, and none as a dash', () => {
    expect(formatHours(12.345)).toBe('12.3');
    expect(formatHours(0)).toBe('0.0');
    expect(formatHours(null)).toBe('—');
  });

  it('gives charts percentages and leaves gaps where there is no rate', () => {
    expect(ratePercent(0.6667)).toBe(66.67);
    expect(ratePercent(null)).toBeNull();
  });

  it('tells the district’s calendar day, whatever the device’s time zone', () => {
    // 16:30 UTC on 2 December is already 3 December in Foshan.
    expect(chinaDate(new Date('2026-12-02T16:30:00Z'))).toBe('2026-12-03');
    expect(chinaDate(new Date('2026-12-02T15:59:00Z'))).toBe('2026-12-02');
  });

  it('names groups in the language shown, with the total and the undispatched called what they are', () => {
    expect(groupLabel(row('total', '合计'), 'street', names('en'))).toBe('Total');
    expect(groupLabel(row('', '未派遣'), 'unit', names('en'))).toBe('Not dispatched');
    expect(groupLabel(row('uml', '禅城区城市管理和综合执法局'), 'unit', names('en'))).toBe(
      'Urban Management Bureau',
    );
    expect(groupLabel(row('hcb', '住建局'), 'unit', names('en'))).toBe('住建局');
    expect(groupLabel(row('06013', '道路破损'), 'class', names('zh'))).toBe('06013 道路破损');
    expect(groupLabel(row('06013', '道路破损'), 'class', names('en'))).toBe('06013 Damaged road');
    expect(groupLabel(row('06', '市容环境'), 'major', names('en'))).toBe('06 City appearance');
    expect(groupLabel(row('2026-11-30', '2026-11-30'), 'week', names('zh'))).toBe('2026-11-30 当周');
    expect(groupLabel(row('440604012', '祖庙街道'), 'street', names('en'))).toBe('祖庙街道');
    expect(groupLabel(row('2026-12', '2026-12'), 'month', names('en'))).toBe('2026-12');
  });
});
