import type { EChartsCoreOption } from 'echarts/core';
import type { IndicatorGrouping, IndicatorRow } from '../../../api/governance.ts';
import { NO_VALUE, ratePercent } from './indicator-format.ts';

/** The rates the rate chart compares: how well events are dispatched, disposed and closed, and how often redone. */
export const CHART_RATES = [
  'accurateDispatchRate',
  'onTimeDisposalRate',
  'onTimeClosureRate',
  'reworkRate',
] as const;
export type ChartRate = (typeof CHART_RATES)[number];

export const CHART_COLOURS = {
  reported: '#8fb4f5',
  registered: '#0b57b7',
  accurateDispatchRate: '#0b57b7',
  onTimeDisposalRate: '#389e0d',
  onTimeClosureRate: '#13a8a8',
  reworkRate: '#d46b08',
  averageDisposalHours: '#722ed1',
} as const;

/** Beyond this many groups a chart grows wider than its card and scrolls, instead of squeezing the labels. */
export const VISIBLE_GROUPS = 12;
const GROUP_WIDTH = 56;

/** The width a chart needs for `count` groups, in pixels; 0 when the card's width will do. */
export const chartMinWidth = (count: number): number => (count > VISIBLE_GROUPS ? count * GROUP_WIDTH : 0);

const PERIODS: ReadonlySet<IndicatorGrouping> = new Set(['day', 'week', 'month']);
/** Periods read as a line over time; streets, units and classes as bars side by side. */
export const isPeriod = (groupBy: IndicatorGrouping): boolean => PERIODS.has(groupBy);

type Value = number | null | undefined | string;
const shown = (unit: string) => (value: Value | Value[]) => {
  const v = Array.isArray(value) ? value[0] : value;
  return v === null || v === undefined || v === '' || v === '-' ? NO_VALUE : `${v}${unit}`;
};

/** How wide a label reads: a Chinese character about as wide as two Latin letters. */
const visualLength = (label: string): number =>
  [...label].reduce((n, c) => n + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);

/** Labels are tilted when side by side they would not fit under a chart about half a screen wide. */
export const tiltLabels = (labels: readonly string[]): boolean =>
  labels.length * Math.max(0, ...labels.map(visualLength)) > 64;

/** The category axis of every chart: all labels shown, long ones cut, tilted when they would collide. */
function categoryAxis(labels: readonly string[]) {
  const tilt = tiltLabels(labels);
  return {
    type: 'category' as const,
    data: [...labels],
    axisTick: { alignWithLabel: true },
    axisLabel: { interval: 0, rotate: tilt ? 30 : 0, width: tilt ? 110 : 140, overflow: 'truncate' as const },
  };
}

function frame() {
  return { left: 8, right: 16, top: 36, bottom: 8, containLabel: true };
}

export interface CountTexts {
  reported: string;
  registered: string;
}

/** 上报数 and 立案数 side by side, per group. */
export function countsOption(
  labels: readonly string[],
  rows: readonly IndicatorRow[],
  texts: CountTexts,
): EChartsCoreOption {
  return {
    color: [CHART_COLOURS.reported, CHART_COLOURS.registered],
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: frame(),
    xAxis: categoryAxis(labels),
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        id: 'reported',
        name: texts.reported,
        type: 'bar',
        barMaxWidth: 28,
        data: rows.map((r) => r.reported),
      },
      {
        id: 'registered',
        name: texts.registered,
        type: 'bar',
        barMaxWidth: 28,
        data: rows.map((r) => r.registered),
      },
    ],
  };
}

/** The four rates in percent, 0–100: lines over periods, bars across places, units and classes. */
export function ratesOption(
  labels: readonly string[],
  rows: readonly IndicatorRow[],
  groupBy: IndicatorGrouping,
  texts: Record<ChartRate, string>,
): EChartsCoreOption {
  const line = isPeriod(groupBy);
  return {
    color: CHART_RATES.map((rate) => CHART_COLOURS[rate]),
    tooltip: { trigger: 'axis', valueFormatter: shown('%') },
    legend: { top: 0 },
    grid: frame(),
    xAxis: categoryAxis(labels),
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: CHART_RATES.map((rate) => ({
      id: rate,
      name: texts[rate],
      type: line ? 'line' : 'bar',
      ...(line ? { connectNulls: false, symbolSize: 6 } : { barMaxWidth: 16 }),
      data: rows.map((r) => ratePercent(r[rate])),
    })),
  };
}

/** 平均处置时长 in hours per group; a group with nothing disposed has no bar. */
export function hoursOption(
  labels: readonly string[],
  rows: readonly IndicatorRow[],
  texts: { hours: string; unit: string },
): EChartsCoreOption {
  return {
    color: [CHART_COLOURS.averageDisposalHours],
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: shown(` ${texts.unit}`) },
    legend: { top: 0 },
    grid: frame(),
    xAxis: categoryAxis(labels),
    // The unit goes into the axis labels, which `containLabel` keeps inside the chart; an axis name is not
    // counted by it and was cut off at the left edge.
    yAxis: { type: 'value', axisLabel: { formatter: `{value} ${texts.unit}` } },
    series: [
      {
        id: 'averageDisposalHours',
        name: texts.hours,
        type: 'bar',
        barMaxWidth: 28,
        data: rows.map((r) =>
          r.averageDisposalHours === null ? null : Math.round(r.averageDisposalHours * 10) / 10,
        ),
      },
    ],
  };
}
