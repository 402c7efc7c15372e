import { BOM, spreadsheetText, toCsv } from '@yimen/shared/csv';
import { chinaToday } from '@yimen/shared/id-checks';
import { newWorkbook } from '../../../excel.ts';
import { authorize, type RequestContext } from '../../identity/actor.ts';
import type { GovDeps } from '../events/gov-deps.ts';
import { indicatorErrors } from './indicators.errors.ts';
import { type Counts, type Grouping, indicatorCounts } from './indicators.repo.ts';

export type { Grouping } from './indicators.repo.ts';

export interface IndicatorRow {
  key: string;
  name: string;
  /** 上报数 */
  reported: number;
  /** 立案数 */
  registered: number;
  /** 立案率: registered / reports that are not duplicates of another. */
  registrationRate: number | null;
  /** 按时立案率: registered within the 受理 limit / registered. */
  onTimeRegistrationRate: number | null;
  /** 准确派遣率: dispatched events that stayed with their first unit (not sent back, not re-routed) / dispatched events. */
  accurateDispatchRate: number | null;
  /** 按期处置率: disposed within the 处置 limit / disposed. */
  onTimeDisposalRate: number | null;
  /** 按期结案率: closed within the 核查 limit / closed. */
  onTimeClosureRate: number | null;
  /** 返工率: events sent back to the unit by a failed check / disposed. */
  reworkRate: number | null;
  /** 重复案件率: reports merged into another / reported. */
  duplicateRate: number | null;
  /** 平均处置时长 in hours, from 立案 (or dispatch) to the unit's report back. */
  averageDisposalHours: number | null;
}

const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 10_000) / 10_000 : null);

/**
 * The platform's indicators (上报数, 立案数, 立案率, 按时立案率, 准确派遣率, 按期处置率, 按期结案率, 返工率,
 * 重复案件率, 平均处置时长) over the events reported in [from, to] (China dates), grouped by street, unit, class
 * (major or minor) or period. One aggregate query; rates are computed from its counts.
 */
export async function indicators(
  deps: GovDeps,
  ctx: RequestContext,
  q: { groupBy: Grouping; from: string; to: string },
): Promise<{ groupBy: Grouping; from: string; to: string; rows: IndicatorRow[]; total: IndicatorRow }> {
  authorize(ctx, { roles: ['supervisor', 'command_operator', 'administrator', 'data_officer', 'inspector'] });
  if (q.from > q.to) {
    throw indicatorErrors.fromAfterTo();
  }
  const counts = await indicatorCounts(deps.db, ctx.districtCode, q.groupBy, q.from, q.to);
  const name = (key: string) => {
    if (q.groupBy === 'street') return deps.router.geo.area(key)?.name ?? key;
    if (q.groupBy === 'unit') return key ? deps.router.unitName(key) : '未派遣';
    if (q.groupBy === 'major') return deps.router.taxonomy.majorByCode.get(key)?.name ?? key;
    if (q.groupBy === 'class') return deps.router.taxonomy.byCode.get(key)?.name ?? key;
    return key;
  };
  const row = (c: Counts, label: string): IndicatorRow => ({
    key: c.key,
    name: label,
    reported: c.reported,
    registered: c.registered,
    registrationRate: ratio(c.registered, c.reported - c.merged),
    onTimeRegistrationRate: ratio(c.registered_on_time, c.registered),
    accurateDispatchRate: ratio(c.dispatched - c.sent_back, c.dispatched),
    onTimeDisposalRate: ratio(c.disposed_on_time, c.disposed),
    onTimeClosureRate: ratio(c.closed_on_time, c.closed),
    reworkRate: ratio(c.reworked, c.disposed),
    duplicateRate: ratio(c.merged, c.reported),
    averageDisposalHours: c.disposal_hours === null ? null : Math.round(c.disposal_hours * 100) / 100,
  });
  const sum = (f: keyof Omit<Counts, 'key' | 'disposal_hours'>) => counts.reduce((a, c) => a + c[f], 0);
  const disposedTotal = sum('disposed');
  const total: Counts = {
    key: 'total',
    reported: sum('reported'),
    merged: sum('merged'),
    registered: sum('registered'),
    registered_on_time: sum('registered_on_time'),
    dispatched: sum('dispatched'),
    sent_back: sum('sent_back'),
    disposed: disposedTotal,
    disposed_on_time: sum('disposed_on_time'),
    reworked: sum('reworked'),
    closed: sum('closed'),
    closed_on_time: sum('closed_on_time'),
    // The mean over all disposed events: each group's mean weighted by its disposed count.
    disposal_hours: disposedTotal
      ? counts.reduce((a, c) => a + (c.disposal_hours ?? 0) * c.disposed, 0) / disposedTotal
      : null,
  };
  return { ...q, rows: counts.map((c) => row(c, name(c.key))), total: row(total, '合计') };
}

const DAY_MS = 86_400_000;

/** The indicators of a period: the last 30 days by street unless the query says otherwise. */
export function indicatorsOfPeriod(
  deps: GovDeps,
  ctx: RequestContext,
  q: { groupBy?: Grouping | undefined; from?: string | undefined; to?: string | undefined },
) {
  const now = deps.now();
  return indicators(deps, ctx, {
    groupBy: q.groupBy ?? 'street',
    from: q.from ?? chinaToday(new Date(now.getTime() - 29 * DAY_MS)),
    to: q.to ?? chinaToday(now),
  });
}

/** The columns of the exports, in the indicators' standard Chinese names. */
export const COLUMNS: Array<{ key: keyof IndicatorRow; zh: string; percent?: boolean }> = [
  { key: 'name', zh: '分组' },
  { key: 'reported', zh: '上报数' },
  { key: 'registered', zh: '立案数' },
  { key: 'registrationRate', zh: '立案率', percent: true },
  { key: 'onTimeRegistrationRate', zh: '按时立案率', percent: true },
  { key: 'accurateDispatchRate', zh: '准确派遣率', percent: true },
  { key: 'onTimeDisposalRate', zh: '按期处置率', percent: true },
  { key: 'onTimeClosureRate', zh: '按期结案率', percent: true },
  { key: 'reworkRate', zh: '返工率', percent: true },
  { key: 'duplicateRate', zh: '重复案件率', percent: true },
  { key: 'averageDisposalHours', zh: '平均处置时长（小时）' },
];

/** A cell as exported text: numbers as they are, text that a spreadsheet would run as a formula defused. */
const exportCell = (v: unknown) => (v === null || v === undefined ? '' : spreadsheetText(String(v)));

/** CSV with a BOM, so that a spreadsheet opens the Chinese headers as UTF-8. */
export function indicatorsCsv(rows: IndicatorRow[]): string {
  return (
    BOM +
    toCsv([
      COLUMNS.map((c) => c.zh),
      ...rows.map((r) =>
        COLUMNS.map((c) => {
          const v = r[c.key];
          return exportCell(c.percent && typeof v === 'number' ? `${(v * 100).toFixed(2)}%` : v);
        }),
      ),
    ])
  );
}

export async function indicatorsWorkbook(title: string, rows: IndicatorRow[]): Promise<Buffer> {
  const wb = await newWorkbook();
  const ws = wb.addWorksheet('指标', { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.addRow([title]).font = { bold: true, size: 13 };
  ws.addRow(COLUMNS.map((c) => c.zh)).font = { bold: true };
  // Text cells (the groups' names) are defused as in the CSV; numbers stay numbers.
  for (const r of rows) {
    ws.addRow(
      COLUMNS.map((c) => (typeof r[c.key] === 'string' ? spreadsheetText(String(r[c.key])) : r[c.key])),
    );
  }
  COLUMNS.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = i === 0 ? 24 : 14;
    if (c.percent) col.numFmt = '0.00%';
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
