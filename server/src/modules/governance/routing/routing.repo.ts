import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../../db/client.ts';
import type { Taxonomy } from '../taxonomy/taxonomy.types.ts';
import type { RoutingRule, TimeWindow } from './rules.ts';

export interface RuleRow {
  id: string;
  position: number;
  class_pattern: string;
  area_code: string | null;
  time_window: TimeWindow | null;
  unit_id: string;
  user_id: string | null;
  note: string;
  active: boolean;
}

export interface UnitRow {
  id: string;
  name_zh: string;
  name_en: string;
  kind: string;
  street_code: string | null;
}

/** The taxonomy saved last, or null when the district still uses the built-in one. */
export async function latestTaxonomy(q: Queryable, districtCode: string): Promise<Taxonomy | null> {
  const r = await q.query<{ data: Taxonomy }>(
    'SELECT data FROM event_taxonomies WHERE district_code = $1 ORDER BY id DESC LIMIT 1',
    [districtCode],
  );
  return r.rows[0]?.data ?? null;
}

export async function routingRules(q: Queryable, districtCode: string): Promise<RuleRow[]> {
  const r = await q.query<RuleRow>('SELECT * FROM routing_rules WHERE district_code = $1 ORDER BY position', [
    districtCode,
  ]);
  return r.rows;
}

export async function units(q: Queryable, districtCode: string): Promise<UnitRow[]> {
  const r = await q.query<UnitRow>(
    'SELECT id, name_zh, name_en, kind, street_code FROM departments WHERE district_code = $1',
    [districtCode],
  );
  return r.rows;
}

/** The district's active grid workers with their grid (a 15-digit jurisdiction), the newest account first. */
export async function gridWorkers(q: Queryable, districtCode: string) {
  const r = await q.query<{ id: string; jurisdiction_code: string }>(
    `SELECT id, jurisdiction_code FROM users
          WHERE district_code = $1 AND active AND 'grid_worker' = ANY(roles) AND length(jurisdiction_code) = 15
          ORDER BY created_at DESC`,
    [districtCode],
  );
  return r.rows;
}

/** The classes events of the district are filed under. */
export async function classCodesInUse(q: Queryable, districtCode: string): Promise<string[]> {
  const r = await q.query<{ class_code: string }>(
    'SELECT DISTINCT class_code FROM gov_events WHERE district_code = $1',
    [districtCode],
  );
  return r.rows.map((x) => x.class_code);
}

/** Saves a taxonomy as the district's newest version; answers its number. */
export async function insertTaxonomy(
  q: Queryable,
  districtCode: string,
  taxonomy: Taxonomy,
  createdBy: string,
): Promise<number> {
  const r = await q.query<{ id: number }>(
    'INSERT INTO event_taxonomies (district_code, data, created_by) VALUES ($1, $2, $3) RETURNING id',
    [districtCode, JSON.stringify(taxonomy), createdBy],
  );
  return r.rows[0]!.id;
}

export async function isActiveMemberOf(q: Queryable, districtCode: string, userId: string, unitId: string) {
  const r = await q.query(
    'SELECT 1 FROM users WHERE id = $1 AND district_code = $2 AND active AND department_id = $3',
    [userId, districtCode, unitId],
  );
  return r.rows.length > 0;
}

/** A line of the responsibility list as it is saved: the rule without its id and position, which the save gives. */
export type NewRule = Omit<RoutingRule, 'id' | 'position'>;

/** Replaces the district's responsibility list with these lines, numbered in order. */
export async function replaceRules(tx: Queryable, districtCode: string, rules: NewRule[], updatedBy: string) {
  await tx.query('DELETE FROM routing_rules WHERE district_code = $1', [districtCode]);
  for (const [i, r] of rules.entries()) {
    await tx.query(
      `INSERT INTO routing_rules (id, district_code, position, class_pattern, area_code, time_window, unit_id, user_id,
                                    note, active, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        randomUUID(),
        districtCode,
        i + 1,
        r.classPattern,
        r.areaCode,
        r.timeWindow ? JSON.stringify(r.timeWindow) : null,
        r.unitId,
        r.userId,
        r.note,
        r.active,
        updatedBy,
      ],
    );
  }
}
