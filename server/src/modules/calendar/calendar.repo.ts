import type { Queryable } from '../../db/client.ts';
import type { CalendarEntry, CalendarKind } from './data/cn-holidays.ts';

export interface CalendarDayRow {
  /** 'YYYY-MM-DD' (formatted in SQL, so PGlite and PostgreSQL return the same text). */
  day: string;
  kind: CalendarKind;
  name: string;
  source: string;
  updated_by: string | null;
  updated_by_name: string | null;
  updated_at: Date;
}

const SELECT_DAY = `
  SELECT to_char(c.day, 'YYYY-MM-DD') AS day, c.kind, c.name, c.source, c.updated_by,
         u.display_name AS updated_by_name, c.updated_at
    FROM calendar_days c
    LEFT JOIN users u ON u.id = c.updated_by
   WHERE c.district_code = $1`;

export async function listDaysOfYear(
  db: Queryable,
  districtCode: string,
  year: number,
): Promise<CalendarDayRow[]> {
  const r = await db.query<CalendarDayRow>(
    `${SELECT_DAY} AND c.day >= make_date($2, 1, 1) AND c.day < make_date($2 + 1, 1, 1) ORDER BY c.day`,
    [districtCode, year],
  );
  return r.rows;
}

export async function findDay(
  db: Queryable,
  districtCode: string,
  day: string,
): Promise<CalendarDayRow | null> {
  const r = await db.query<CalendarDayRow>(`${SELECT_DAY} AND c.day = $2::date`, [districtCode, day]);
  return r.rows[0] ?? null;
}

/** Every exception of the district: what a WorkCalendar is built from. */
export async function listAllExceptions(db: Queryable, districtCode: string): Promise<CalendarEntry[]> {
  const r = await db.query<CalendarEntry>(
    `SELECT to_char(day, 'YYYY-MM-DD') AS date, kind, name FROM calendar_days WHERE district_code = $1 ORDER BY day`,
    [districtCode],
  );
  return r.rows;
}

export interface CalendarDayWrite {
  districtCode: string;
  day: string;
  kind: CalendarKind;
  name: string;
  source: string;
  updatedBy: string | null;
}

export async function upsertDay(tx: Queryable, w: CalendarDayWrite): Promise<void> {
  await tx.query(
    `INSERT INTO calendar_days (district_code, day, kind, name, source, updated_by, updated_at)
     VALUES ($1, $2::date, $3, $4, $5, $6, now())
     ON CONFLICT (district_code, day) DO UPDATE
       SET kind = EXCLUDED.kind, name = EXCLUDED.name, source = EXCLUDED.source,
           updated_by = EXCLUDED.updated_by, updated_at = now()`,
    [w.districtCode, w.day, w.kind, w.name, w.source, w.updatedBy],
  );
}

export async function deleteDay(tx: Queryable, districtCode: string, day: string): Promise<boolean> {
  const r = await tx.query('DELETE FROM calendar_days WHERE district_code = $1 AND day = $2::date', [
    districtCode,
    day,
  ]);
  return r.rowCount > 0;
}

/**
 * A fingerprint of the district's calendar that changes with every insert, update and delete. A digest of the
 * content rather than max(updated_at): deleting an older row leaves the maximum as it was, and a transaction
 * that commits late can write an older timestamp than one already seen. A district has a few hundred rows.
 */
export async function calendarFingerprint(db: Queryable, districtCode: string): Promise<string> {
  const r = await db.query<{ n: number; digest: string | null }>(
    `SELECT count(*)::int AS n,
            md5(string_agg(to_char(day, 'YYYY-MM-DD') || kind || name, '|' ORDER BY day)) AS digest
       FROM calendar_days WHERE district_code = $1`,
    [districtCode],
  );
  const row = r.rows[0];
  return `${row?.n ?? 0}:${row?.digest ?? ''}`;
}

/** Whether the district has any calendar row in a year. */
export async function yearHasDays(db: Queryable, districtCode: string, year: number): Promise<boolean> {
  const r = await db.query(
    `SELECT 1 FROM calendar_days
      WHERE district_code = $1 AND day >= make_date($2, 1, 1) AND day < make_date($2 + 1, 1, 1) LIMIT 1`,
    [districtCode, year],
  );
  return r.rows.length > 0;
}

/** Inserts built-in rows in one statement; rows already present are left as they are. Returns how many went in. */
export async function insertDays(
  tx: Queryable,
  districtCode: string,
  source: string,
  entries: readonly CalendarEntry[],
): Promise<number> {
  const r = await tx.query(
    `INSERT INTO calendar_days (district_code, day, kind, name, source)
     SELECT $1, d::date, k, n, $2 FROM unnest($3::text[], $4::text[], $5::text[]) AS t(d, k, n)
     ON CONFLICT (district_code, day) DO NOTHING`,
    [
      districtCode,
      source,
      entries.map((e) => e.date),
      entries.map((e) => e.kind),
      entries.map((e) => e.name),
    ],
  );
  return r.rowCount;
}
