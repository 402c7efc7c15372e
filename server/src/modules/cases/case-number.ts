import type { Queryable } from '../../db/client.ts';
import { chinaToday } from '../people/id-number.ts';

/**
 * Case numbers (办件编号): `{district 6}{date 8}{channel 1}{sequence 5}`, e.g. 44060420261122W00017 —
 * district division code, the day of opening in China Standard Time, W for a window or O for online, and the
 * day's running number in the district. Readable over the phone, sortable, and unique across processes.
 */
export async function nextCaseNumber(
  tx: Queryable,
  districtCode: string,
  channel: 'window' | 'online',
  now: Date,
): Promise<string> {
  const day = chinaToday(now);
  const r = await tx.query<{ last: number }>(
    `INSERT INTO case_sequences (district_code, day, last) VALUES ($1, $2, 1)
     ON CONFLICT (district_code, day) DO UPDATE SET last = case_sequences.last + 1
     RETURNING last`,
    [districtCode, day],
  );
  const seq = r.rows[0]!.last;
  return `${districtCode}${day.replaceAll('-', '')}${channel === 'window' ? 'W' : 'O'}${String(seq).padStart(5, '0')}`;
}

export const CASE_NUMBER_PATTERN = '^\\d{6}\\d{8}[WO]\\d{5}$';
