import type { INDICATOR_GROUPINGS } from '@yimen/shared/events';
import type { Queryable } from '../../../db/client.ts';

export type Grouping = (typeof INDICATOR_GROUPINGS)[number];

/** China time, as a timestamp without zone (the time-zone database is not needed). */
const CHINA = `((reported_at AT TIME ZONE 'UTC') + interval '8 hours')`;

const KEY: Record<Grouping, string> = {
  street: 'street_code',
  unit: `COALESCE(unit_id, '')`,
  major: 'left(class_code, 2)',
  class: 'class_code',
  day: `to_char(date_trunc('day', ${CHINA}), 'YYYY-MM-DD')`,
  week: `to_char(date_trunc('week', ${CHINA}), 'YYYY-MM-DD')`,
  month: `to_char(date_trunc('month', ${CHINA}), 'YYYY-MM')`,
};

export interface Counts {
  key: string;
  reported: number;
  merged: number;
  registered: number;
  registered_on_time: number;
  dispatched: number;
  sent_back: number;
  disposed: number;
  disposed_on_time: number;
  reworked: number;
  closed: number;
  closed_on_time: number;
  disposal_hours: number | null;
}

/** The counts behind the indicators of the events reported from `from` to `to` (China dates), by group. */
export async function indicatorCounts(
  q: Queryable,
  districtCode: string,
  groupBy: Grouping,
  from: string,
  to: string,
): Promise<Counts[]> {
  const r = await q.query<Counts>(
    `SELECT ${KEY[groupBy]} AS key,
            count(*)::int AS reported,
            count(*) FILTER (WHERE state = 'merged')::int AS merged,
            count(*) FILTER (WHERE registered_at IS NOT NULL)::int AS registered,
            count(*) FILTER (WHERE registered_at <= accept_due_at)::int AS registered_on_time,
            count(*) FILTER (WHERE registered_at IS NOT NULL OR state IN ('dispatched','disposed','closed','parked'))::int AS dispatched,
            count(*) FILTER (WHERE sendback_count > 0 OR EXISTS (
              SELECT 1 FROM jsonb_array_elements(COALESCE(routing->'history', '[]'::jsonb)) AS earlier
               WHERE earlier->>'unitId' IS DISTINCT FROM unit_id))::int AS sent_back,
            count(*) FILTER (WHERE disposed_at IS NOT NULL)::int AS disposed,
            count(*) FILTER (WHERE disposed_at <= dispose_due_at)::int AS disposed_on_time,
            count(*) FILTER (WHERE rework_count > 0)::int AS reworked,
            count(*) FILTER (WHERE state = 'closed')::int AS closed,
            count(*) FILTER (WHERE state = 'closed' AND closed_at <= verify_due_at)::int AS closed_on_time,
            (avg(EXTRACT(EPOCH FROM disposed_at - COALESCE(registered_at, dispatched_at))) / 3600)::float8 AS disposal_hours
       FROM gov_events
      WHERE district_code = $1 AND ${CHINA} >= $2::date AND ${CHINA} < $3::date + 1
      GROUP BY 1 ORDER BY 1`,
    [districtCode, from, to],
  );
  return r.rows;
}
