import type { Queryable } from '../../../db/client.ts';
import type { Statement } from '../../../db/statement.ts';

export interface PhotoRow {
  id: string;
  stage: string;
  mime: string;
  size: number;
  uploaded_at: Date;
}

export async function countPhotos(q: Queryable, eventId: string, stage: string): Promise<number> {
  const r = await q.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM gov_event_photos WHERE event_id = $1 AND stage = $2',
    [eventId, stage],
  );
  return r.rows[0]?.n ?? 0;
}

export const photoInsertStatement = (p: {
  id: string;
  eventId: string;
  stage: string;
  mime: string;
  data: Buffer;
  uploadedBy: string;
  uploadedAt: Date;
}): Statement => ({
  sql: `INSERT INTO gov_event_photos (id, event_id, stage, mime, size, data, uploaded_by, uploaded_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
  params: [p.id, p.eventId, p.stage, p.mime, p.data.length, p.data, p.uploadedBy, p.uploadedAt],
});

export async function listPhotoRows(q: Queryable, eventId: string): Promise<PhotoRow[]> {
  const r = await q.query<PhotoRow>(
    'SELECT id, stage, mime, size, uploaded_at FROM gov_event_photos WHERE event_id = $1 ORDER BY uploaded_at, id',
    [eventId],
  );
  return r.rows;
}

export async function readPhotoData(
  q: Queryable,
  eventId: string,
  photoId: string,
): Promise<{ mime: string; data: Buffer } | null> {
  const r = await q.query<{ mime: string; data: Buffer }>(
    'SELECT mime, data FROM gov_event_photos WHERE event_id = $1 AND id = $2',
    [eventId, photoId],
  );
  return r.rows[0] ?? null;
}
