import { dailyNumberStatement } from '../../db/daily-number.ts';

/**
 * Case numbers (办件编号): `{district 6}{date 8}{channel 1}{sequence 5}`, e.g. 44060420261122W00017 —
 * district division code, the day of opening in China Standard Time, W for a window or O for online, and the
 * day's running number in the district. Readable over the phone, sortable, and unique across processes: the
 * number is drawn in the statement that writes the case (its `statement` goes before the case's INSERT, which
 * takes its `number`), so a case that is not written draws none.
 */
export const caseNumberStatement = (districtCode: string, channel: 'window' | 'online', now: Date) =>
  dailyNumberStatement('case_sequences', 'case_no', districtCode, channel === 'window' ? 'W' : 'O', now);

export const CASE_NUMBER_PATTERN = '^\\d{6}\\d{8}[WO]\\d{5}$';
