import { chinaToday } from '@yimen/shared/id-checks';
import { SqlValue, type Statement } from './statement.ts';

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
