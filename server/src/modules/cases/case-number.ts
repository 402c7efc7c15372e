import { chinaToday } from '@yimen/shared/id-checks';
import { SqlValue, type Statement } from '../../db/statement.ts';

/**
 * Case numbers (办件编号): `{district 6}{date 8}{channel 1}{sequence 5}`, e.g. 44060420261122W00017 —
 * district division code, the day of opening in China Standard Time, W for a window or O for online, and the
 * day's running number in the district. Readable over the phone, sortable, and unique across processes: the
 * number is drawn in the statement that writes the case (its `statement` goes before the case's INSERT, which
 * takes its `number`), so a case that is not written draws none.
 */
export const caseNumberStatement = (districtCode: string, channel: 'window' | 'online', now: Date) =>
  dailyNumberStatement('case_sequences', 'case_no', districtCode, channel === 'window' ? 'W' : 'O', now);

/**
 * A day's running number `{district}{yyyymmdd}{letter}{sequence 5}`, drawn from `table` (district_code, day, last) in
 * the WITH part `as` of the statement that uses it (`number`, in place of a parameter). The counter row's lock keeps
 * numbers unique across processes; a statement that fails draws none.
 */
export function dailyNumberStatement(
  table: 'case_sequences' | 'gov_event_sequences',
  as: string,
  districtCode: string,
  letter: string,
  now: Date,
): { statement: Statement; number: SqlValue } {
  const day = chinaToday(now);
  return {
    statement: {
      as,
      sql: `INSERT INTO ${table} (district_code, day, last) VALUES ($1, $2, 1)
             ON CONFLICT (district_code, day) DO UPDATE SET last = ${table}.last + 1
             RETURNING $3::text || lpad(last::text, 5, '0') AS no`,
      params: [districtCode, day, `${districtCode}${day.replaceAll('-', '')}${letter}`],
    },
    number: new SqlValue(`SELECT no FROM ${as}`),
  };
}

export const CASE_NUMBER_PATTERN = '^\\d{6}\\d{8}[WO]\\d{5}$';
