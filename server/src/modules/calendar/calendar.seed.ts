import type { Queryable } from '../../db/client.ts';
import { insertDays, yearHasDays } from './calendar.repo.ts';
import { CN_HOLIDAY_NOTICES } from './data/cn-holidays.ts';

/**
 * Seeds the built-in holiday arrangements (data/cn-holidays.ts) for every year the district has no row in yet,
 * so a new release's year arrives on upgrade while a year an administrator has edited stays as they left it.
 * Idempotent and safe when several processes start at once. Returns the number of rows inserted.
 */
export async function seedCalendar(tx: Queryable, districtCode: string): Promise<number> {
  let inserted = 0;
  for (const notice of CN_HOLIDAY_NOTICES) {
    if (await yearHasDays(tx, districtCode, notice.year)) continue;
    inserted += await insertDays(tx, districtCode, notice.notice, notice.entries);
  }
  return inserted;
}
