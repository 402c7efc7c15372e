import { SqlValue, type Statement } from '../../db/statement.ts';
import { chinaToday } from '../people/id-number.ts';

/**
 * Case numbers (办件编号): `{district 6}{date 8}{channel 1}{sequence 5}`, e.g. 44060420261122W00017 —
 * district division code, the day of opening in China Standard Time, W for a window or O for online, and the
 * day's running number in the district. Readable over the phone, sortable, and unique across processes: the
 * number is drawn in the statement that writes the case (its `statement` goes before the case's INSERT, which
 * takes `caseNo` as its number), so a case that is not written draws none.
 */
export function caseNumberStatement(
  districtCode: string,
  channel: 'window' | 'online',
  now: Date,
): { statement: Statement; caseNo: SqlValue } {
  const day = chinaToday(now);
  const prefix = `${districtCode}${day.replaceAll('-', '')}${channel === 'window' ? 'W' : 'O'}`;
  return {
    statement: {
      as: 'case_no',
      sql: `INSERT INTO case_sequences (district_code, day, last) VALUES ($1, $2, 1)
             ON CONFLICT (district_code, day) DO UPDATE SET last = case_sequences.last + 1
             RETURNING $3::text || lpad(last::text, 5, '0') AS no`,
      params: [districtCode, day, prefix],
    },
    caseNo: new SqlValue('SELECT no FROM case_no'),
  };
}

export const CASE_NUMBER_PATTERN = '^\\d{6}\\d{8}[WO]\\d{5}$';
