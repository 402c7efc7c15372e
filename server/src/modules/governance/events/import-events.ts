import { parseCsv } from '@yimen/shared/csv';
import { IMPORT_COLUMNS, IMPORT_MAX_ROWS } from '@yimen/shared/import-columns';
import { AppError, bilingual } from '../../../errors.ts';
import { authorize, type RequestContext } from '../../identity/actor.ts';
import type { Severity } from '../taxonomy/taxonomy.types.ts';
import { eventSummary } from './event-view.service.ts';
import { eventErrors } from './events.errors.ts';
import type { GovDeps } from './gov-deps.ts';
import { DESCRIPTION_MAX, type ReportInput, reportEvent } from './report-event.service.ts';

export interface ImportProblem {
  row: number;
  field: string;
  message: string;
}

const SEVERITIES = new Set(['general', 'urgent', 'critical']);

/** Each data row as a report, or the problems of the rows that cannot be one (row 2 is the first data line). */
function readRows(deps: GovDeps, rows: string[][]): { reports: ReportInput[]; problems: ImportProblem[] } {
  const header = rows[0]!.map((h) => h.trim().toLowerCase());
  const unknown = header.filter((h) => !(IMPORT_COLUMNS as readonly string[]).includes(h));
  if (unknown.length || !header.includes('description')) {
    throw eventErrors.csvBadHeader(
      { zhColumns: IMPORT_COLUMNS.join(','), enColumns: IMPORT_COLUMNS.join(', ') },
      { details: { unknown } },
    );
  }
  const reports: ReportInput[] = [];
  const problems: ImportProblem[] = [];
  rows.slice(1).forEach((cells, index) => {
    const rowNo = index + 2;
    const get = (c: (typeof IMPORT_COLUMNS)[number]) => {
      const i = header.indexOf(c);
      return i >= 0 ? (cells[i] ?? '').trim() : '';
    };
    const problem = (field: string, zh: string, en: string) =>
      problems.push({ row: rowNo, field, message: bilingual(zh, en) });
    const description = get('description');
    if (!description) problem('description', '缺少问题描述', 'description is missing');
    else if (description.length > DESCRIPTION_MAX)
      problem('description', `描述超过 ${DESCRIPTION_MAX} 字`, 'description too long');
    const lngText = get('lng');
    const latText = get('lat');
    const lng = lngText ? Number(lngText) : undefined;
    const lat = latText ? Number(latText) : undefined;
    if ((lngText && !Number.isFinite(lng)) || (latText && !Number.isFinite(lat))) {
      problem(Number.isFinite(lng) ? 'lat' : 'lng', '经纬度须为数字', 'lng and lat must be numbers');
    } else if (lng !== undefined && lat !== undefined && !deps.router.locate(lng, lat)) {
      problem('lng', '该位置不在本区范围内', 'the place is outside the district');
    } else if ((lng === undefined) !== (lat === undefined)) {
      problem('lng', '经纬度须同时提供', 'give both lng and lat');
    } else if (lng === undefined && !get('address')) {
      problem('address', '须提供经纬度或地址', 'give lng and lat, or an address');
    }
    const classCode = get('class_code');
    if (classCode && !deps.router.taxonomy.byCode.has(classCode))
      problem('class_code', `没有类别 ${classCode}`, `no class ${classCode}`);
    const severity = get('severity');
    if (severity && !SEVERITIES.has(severity))
      problem(
        'severity',
        '严重程度须为 general、urgent 或 critical',
        'severity is general, urgent or critical',
      );
    reports.push({
      description,
      ...(lng !== undefined && lat !== undefined ? { lng, lat } : {}),
      ...(get('address') ? { addressText: get('address') } : {}),
      ...(classCode ? { classCode } : {}),
      ...(severity ? { severity: severity as Severity } : {}),
      ...(get('reporter_name') ? { reporterName: get('reporter_name') } : {}),
    });
  });
  return { reports, problems };
}

/**
 * A CSV of reports (from an old system, a campaign's sheet) taken as one batch: every row is checked first, and a
 * file with any bad row is refused whole with each problem's row and column, so it can be fixed and sent again.
 * Good files are taken row by row through the same intake as every channel (located, classified, routed), and the
 * answer lists the events made as the event list shows them.
 */
export async function importEvents(deps: GovDeps, ctx: RequestContext, csv: string) {
  authorize(ctx, { roles: ['command_operator', 'administrator'] });
  let rows: string[][];
  try {
    rows = parseCsv(csv);
  } catch (err) {
    throw eventErrors.csvUnreadable({ reason: (err as Error).message });
  }
  if (rows.length < 2) throw eventErrors.csvNoRows();
  if (rows.length - 1 > IMPORT_MAX_ROWS) {
    throw eventErrors.csvTooManyRows({ max: IMPORT_MAX_ROWS });
  }
  const { reports, problems } = readRows(deps, rows);
  if (problems.length) {
    throw eventErrors.csvRowProblems(
      { count: problems.length },
      {
        field: `rows.${problems[0]!.row}.${problems[0]!.field}`,
        details: { problems: problems.slice(0, 200) },
      },
    );
  }
  const imported: ReturnType<typeof eventSummary>[] = [];
  const failed: ImportProblem[] = [];
  for (const [i, report] of reports.entries()) {
    try {
      const taken = await reportEvent(deps, ctx, 'import', report);
      if (taken.created) imported.push(eventSummary(deps, taken.event, ctx.actor));
    } catch (err) {
      // A row can still fail on what only the database knows (an address not in the registry).
      if (!(err instanceof AppError)) throw err;
      failed.push({ row: i + 2, field: err.field ?? 'row', message: err.message });
    }
  }
  return { imported: imported.length, eventNos: imported.map((e) => e.eventNo), events: imported, failed };
}
