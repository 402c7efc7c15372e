import type { Queryable } from '../../../db/client.ts';
import type { Statement } from '../../../db/statement.ts';

/** Where a registered component stands and what it is, for a report that picked it. */
export async function findComponentPlace(q: Queryable, districtCode: string, id: string) {
  const r = await q.query<{ class_code: string; lng: number; lat: number; address: string | null }>(
    'SELECT class_code, lng, lat, address FROM components WHERE district_code = $1 AND id = $2',
    [districtCode, id],
  );
  return r.rows[0] ?? null;
}

/** The registered address that contains the typed text, the shortest (most exact) first. */
export async function findAddressContaining(q: Queryable, districtCode: string, text: string) {
  const r = await q.query<{ lng: number; lat: number; full_text: string }>(
    `SELECT lng, lat, full_text FROM addresses WHERE district_code = $1 AND strpos(full_text, $2) > 0
        ORDER BY length(full_text) LIMIT 1`,
    [districtCode, text],
  );
  return r.rows[0] ?? null;
}

/** The event an idempotency key already made, with who reported it. */
export async function findEventByIdempotencyKey(q: Queryable, districtCode: string, key: string) {
  const r = await q.query<{ id: string; reporter_user_id: string | null }>(
    'SELECT id, reporter_user_id FROM gov_events WHERE district_code = $1 AND idempotency_key = $2',
    [districtCode, key],
  );
  return r.rows[0] ?? null;
}

/** The reporter follows their own event (told of its steps): by account, by phone, or both. */
export const reporterFollowsStatement = (
  eventId: string,
  userId: string | null,
  phoneEnc: string | null,
): Statement => ({
  sql: 'INSERT INTO gov_event_followers (event_id, user_id, phone_enc, via_event) VALUES ($1, $2, $3, $1)',
  params: [eventId, userId, phoneEnc],
});

export interface NearbyEventRow {
  id: string;
  event_no: string;
  description: string;
  class_code: string;
  component_id: string | null;
  lng: number;
  lat: number;
  reported_at: Date;
  state: string;
}

/**
 * Open events in a box since a moment, of one of the classes or about a component of one of the component
 * classes (digits 7–11 of its id), the newest first.
 */
export async function openEventsNear(
  q: Queryable,
  districtCode: string,
  near: {
    classes: string[];
    componentClasses: string[];
    since: Date;
    lng: [number, number];
    lat: [number, number];
    excludeId: string;
  },
): Promise<NearbyEventRow[]> {
  const r = await q.query<NearbyEventRow>(
    `SELECT id, event_no, description, class_code, component_id, lng, lat, reported_at, state FROM gov_events
      WHERE district_code = $1 AND state IN ('reported','dispatched','disposed','parked')
        AND (class_code = ANY($2::text[]) OR substr(component_id, 7, 5) = ANY($3::text[]))
        AND reported_at > $4 AND lng BETWEEN $5 AND $6 AND lat BETWEEN $7 AND $8 AND id <> $9
      ORDER BY reported_at DESC LIMIT 50`,
    [
      districtCode,
      near.classes,
      near.componentClasses,
      near.since,
      near.lng[0],
      near.lng[1],
      near.lat[0],
      near.lat[1],
      near.excludeId,
    ],
  );
  return r.rows;
}
