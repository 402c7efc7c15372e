/** Day numbers (days since 1900-01-01, UTC) make date arithmetic on millions of rows cheap and exact. */
const EPOCH = Date.UTC(1900, 0, 1);
const DAY_MS = 86_400_000;

export const dayNumber = (iso: string): number =>
  Math.round((Date.parse(`${iso}T00:00:00Z`) - EPOCH) / DAY_MS);

// Generation formats the same ~50,000 days millions of times; Date formatting is the slow part.
const isoCache: string[] = [];

export function isoOfDay(day: number): string {
  let iso = isoCache[day];
  if (iso === undefined) {
    iso = new Date(EPOCH + day * DAY_MS).toISOString().slice(0, 10);
    if (day >= 0 && day < 80_000) isoCache[day] = iso;
  }
  return iso;
}

/** A timestamp in China Standard Time on the given day, e.g. 2019-03-04T10:17:42+08:00. */
export function timestampOfDay(day: number, secondOfDay: number): string {
  const s = Math.max(0, Math.min(86_399, Math.floor(secondOfDay)));
  const hh = String(Math.floor(s / 3600)).padStart(2, '0');
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return `${isoOfDay(day)}T${hh}:${mm}:${ss}+08:00`;
}

export const yearOfDay = (day: number): number => Number(isoOfDay(day).slice(0, 4));
