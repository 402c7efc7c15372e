import type { IndicatorGrouping, IndicatorRow } from '../../../api/governance.ts';

/** The ten indicators in the order of the table and the exports; `rate` ones are shares shown as percentages. */
export const INDICATOR_COLUMNS = [
  { key: 'reported', kind: 'count' },
  { key: 'registered', kind: 'count' },
  { key: 'registrationRate', kind: 'rate' },
  { key: 'onTimeRegistrationRate', kind: 'rate' },
  { key: 'accurateDispatchRate', kind: 'rate' },
  { key: 'onTimeDisposalRate', kind: 'rate' },
  { key: 'onTimeClosureRate', kind: 'rate' },
  { key: 'reworkRate', kind: 'rate' },
  { key: 'duplicateRate', kind: 'rate' },
  { key: 'averageDisposalHours', kind: 'hours' },
] as const satisfies readonly { key: keyof IndicatorRow; kind: 'count' | 'rate' | 'hours' }[];

export type IndicatorKey = (typeof INDICATOR_COLUMNS)[number]['key'];

/** Shown for a rate or a duration with nothing to compute it from. */
export const NO_VALUE = '—';

/** 0.9234 → "92.3%"; null → "—". */
export function formatRate(share: number | null | undefined, digits = 1): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return NO_VALUE;
  return `${(share * 100).toFixed(digits)}%`;
}

/** 12.345 → "12.3"; null → "—". */
export function formatHours(hours: number | null | undefined): string {
  if (hours === null || hours === undefined || !Number.isFinite(hours)) return NO_VALUE;
  return hours.toFixed(1);
}

/** A share as a chart value in percent (two decimals), null where there is none (a gap, not a zero). */
export const ratePercent = (share: number | null): number | null =>
  share === null ? null : Math.round(share * 10_000) / 100;

const CHINA_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The district's calendar day (China time) of an instant, YYYY-MM-DD. */
export const chinaDate = (at: Date): string => CHINA_DATE.format(at);

/** What names a group in the current language, where the server's Chinese name is not enough. */
export interface GroupNames {
  lang: 'zh' | 'en';
  /** A unit's name by id. */
  unit?: (id: string) => string | undefined;
  /** A major or minor class's English name by code. */
  classEn?: (code: string) => string | undefined;
  /** The texts for a group without unit, the total and a week. */
  undispatched: string;
  total: string;
  weekOf: (date: string) => string;
}

/** The label of a group: the server's name, put into the current language where we know better. */
export function groupLabel(row: IndicatorRow, groupBy: IndicatorGrouping, names: GroupNames): string {
  if (row.key === 'total') return names.total;
  switch (groupBy) {
    case 'unit':
      return row.key === '' ? names.undispatched : (names.unit?.(row.key) ?? row.name);
    case 'major':
    case 'class': {
      const name = names.lang === 'en' ? (names.classEn?.(row.key) ?? row.name) : row.name;
      return `${row.key} ${name}`;
    }
    case 'week':
      return names.weekOf(row.key);
    default:
      return row.name;
  }
}
