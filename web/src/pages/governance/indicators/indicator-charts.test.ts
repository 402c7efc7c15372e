import { describe, expect, it } from 'vitest';
import type { IndicatorRow } from '../../../api/governance.ts';
import {
  chartMinWidth,
  countsOption,
  hoursOption,
  isPeriod,
  ratesOption,
  tiltLabels,
  VISIBLE_GROUPS,
} from './indicator-charts.ts';

const row = (key: string, overrides: Partial<IndicatorRow> = {}): IndicatorRow => ({
  key,
  name: key,
  reported: 4,
  registered: 3,
  registrationRate: 0.75,
  onTimeRegistrationRate: 1,
  accurateDispatchRate: 0.6667,
  onTimeDisposalRate: null,
  onTimeClosureRate: null,
  reworkRate: 0,
  duplicateRate: 0,
  averageDisposalHours: 5.26,
  ...overrides,
});

const rateTexts = {
  accurateDispatchRate: '准确派遣率',
  onTimeDisposalRate: '按期处置率',
  onTimeClosureRate: '按期结案率',
  reworkRate: '返工率',
};

interface Series {
  id: string;
  type: string;
  data: (number | null)[];
}
const seriesOf = (option: Record<string, unknown>) => option.series as Series[];

describe('indicator charts', () => {
  it('puts reports and registrations side by side for each group', () => {
    const option = countsOption(['祖庙', '石湾'], [row('a', { reported: 7 }), row('b')], {
      reported: '上报数',
      registered: '立案数',
    });
    expect(seriesOf(option).map((s) => [s.id, s.data])).toEqual([
      ['reported', [7, 4]],
      ['registered', [3, 3]],
    ]);
    expect((option.xAxis as { data: string[] }).data).toEqual(['祖庙', '石湾']);
  });

  it('draws the rates in percent with gaps for missing ones: bars across places, lines over time', () => {
    const rows = [row('a'), row('b', { accurateDispatchRate: null, reworkRate: 0.25 })];
    const byStreet = ratesOption(['a', 'b'], rows, 'street', rateTexts);
    expect(seriesOf(byStreet).map((s) => s.id)).toEqual([
      'accurateDispatchRate',
      'onTimeDisposalRate',
      'onTimeClosureRate',
      'reworkRate',
    ]);
    expect(seriesOf(byStreet)[0]!.data).toEqual([66.67, null]);
    expect(seriesOf(byStreet)[1]!.data).toEqual([null, null]);
    expect(seriesOf(byStreet)[3]!.data).toEqual([0, 25]);
    expect(new Set(seriesOf(byStreet).map((s) => s.type))).toEqual(new Set(['bar']));
    expect(new Set(seriesOf(ratesOption(['a', 'b'], rows, 'day', rateTexts)).map((s) => s.type))).toEqual(
      new Set(['line']),
    );
    expect(isPeriod('week')).toBe(true);
    expect(isPeriod('unit')).toBe(false);
  });

  it('reads a missing rate in the tooltip as a dash and a present one with its percent sign', () => {
    const tooltip = ratesOption(['a'], [row('a')], 'street', rateTexts).tooltip as {
      valueFormatter: (v: number | null) => string;
    };
    expect(tooltip.valueFormatter(66.67)).toBe('66.67%');
    expect(tooltip.valueFormatter(null)).toBe('—');
  });

  it('shows average disposal hours to a tenth, and nothing for a group with none disposed', () => {
    const option = hoursOption(['a', 'b'], [row('a'), row('b', { averageDisposalHours: null })], {
      hours: '平均处置时长',
      unit: '小时',
    });
    expect(seriesOf(option)[0]!.data).toEqual([5.3, null]);
    // The unit is in the axis labels, which the grid keeps inside the chart; an axis name would be cut off.
    const yAxis = option.yAxis as { name?: string; axisLabel: { formatter: string } };
    expect(yAxis.name).toBeUndefined();
    expect(yAxis.axisLabel.formatter).toBe('{value} 小时');
    expect((option.grid as { containLabel: boolean }).containLabel).toBe(true);
  });

  it('tilts labels only when they would collide', () => {
    expect(tiltLabels(['石湾镇街道', '张槎街道', '祖庙街道', '南庄镇'])).toBe(false);
    expect(tiltLabels(['2026-12-01', '2026-12-02', '2026-12-03'])).toBe(false);
    expect(tiltLabels(Array.from({ length: 10 }, (_, i) => `2026-12-0${i}`))).toBe(true);
    expect(tiltLabels(['Ecology and Environment Sub-bureau', 'Water Affairs Bureau'])).toBe(true);
    expect(tiltLabels([])).toBe(false);
  });

  it('grows wider than its card (and scrolls) instead of squeezing many groups', () => {
    expect(chartMinWidth(VISIBLE_GROUPS)).toBe(0);
    expect(chartMinWidth(30)).toBeGreaterThan(chartMinWidth(VISIBLE_GROUPS + 1));
    expect(chartMinWidth(30) / 30).toBeGreaterThanOrEqual(40);
  });
});
