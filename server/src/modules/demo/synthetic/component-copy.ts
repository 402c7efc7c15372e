import type pg from 'pg';
import {
  COMPONENT_COLUMNS,
  type ComponentGeo,
  componentRows,
  DEMO_COMPONENTS,
  FULL_COMPONENTS,
} from '../../governance/components/generate-components.ts';
import { copyInto } from './copy-rows.ts';

/** The generator's component step: how many for a --scale, and the COPY with its bookkeeping. */

/** Components for --scale demo | full | a fraction of Chancheng's 580,000 (at least one). */
export function componentsForScale(scale: 'demo' | 'full' | number): number {
  if (scale === 'demo') return DEMO_COMPONENTS;
  if (scale === 'full') return FULL_COMPONENTS;
  return Math.max(1, Math.round(FULL_COMPONENTS * scale));
}

export async function countComponents(client: pg.ClientBase, district: string): Promise<number> {
  const r = await client.query('SELECT count(*)::int AS n FROM components WHERE district_code = $1', [
    district,
  ]);
  return r.rows[0].n;
}

/**
 * Deletes the district's synthetic components; real ones stay, and new serials continue after theirs. Refuses
 * (returns the reason) while events still point at a synthetic component: deleting it would orphan them.
 */
export async function clearSyntheticComponents(
  client: pg.ClientBase,
  district: string,
): Promise<string | null> {
  const linked = await client.query(
    `SELECT count(*)::int AS n FROM gov_events e JOIN components c ON c.id = e.component_id
      WHERE c.district_code = $1 AND c.synthetic`,
    [district],
  );
  if (linked.rows[0].n > 0) {
    return `--truncate refused: ${linked.rows[0].n} events refer to synthetic components of district ${district}.`;
  }
  await client.query('DELETE FROM components WHERE district_code = $1 AND synthetic', [district]);
  return null;
}

/** Highest serial taken in each class of the district (digits 12–17 of the id). */
export async function lastComponentSerials(
  client: pg.ClientBase,
  district: string,
): Promise<Map<string, number>> {
  const r = await client.query<{ class_code: string; last: number }>(
    `SELECT class_code, max(right(id, 6)::int) AS last FROM components WHERE district_code = $1 GROUP BY class_code`,
    [district],
  );
  return new Map(r.rows.map((row) => [row.class_code, row.last]));
}

/** Streams `count` synthetic components into the district with COPY, after the serials already taken. */
export async function copyComponents(
  client: pg.ClientBase,
  opts: {
    district: string;
    geo: ComponentGeo;
    seed: number;
    count: number;
    onProgress?: (n: number) => void;
  },
): Promise<number> {
  const rows = componentRows({
    districtCode: opts.district,
    geo: opts.geo,
    seed: opts.seed,
    count: opts.count,
    lastSerials: await lastComponentSerials(client, opts.district),
  });
  return copyInto(client, 'components', COMPONENT_COLUMNS, rows, opts.onProgress);
}
