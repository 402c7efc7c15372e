import type { Queryable } from '../../db/client.ts';
import type { Statement } from '../../db/statement.ts';

export interface OutboxMessage {
  channel: 'app' | 'sms';
  /** `user:<id>` for 我的消息, a phone number for a text message. */
  recipient: string;
  kind: string;
  body: string;
  /** Names the record and its milestone (`case:<id>:accepted`); channel and recipient are added. */
  milestone: string;
}

/**
 * The insert of milestone messages into the outbox, at most one per (milestone, channel, recipient): a repeat in
 * the list, or one already sent, is dropped. Empty when there is nothing to send.
 */
export function milestoneMessagesStatement(
  districtCode: string,
  messages: OutboxMessage[],
): Statement | null {
  const unique = new Map(messages.map((m) => [`${m.milestone}:${m.channel}:${m.recipient}`, m]));
  if (!unique.size) return null;
  const params: unknown[] = [districtCode];
  const rows = [...unique].map(([key, m]) => {
    params.push(m.channel, m.recipient, m.kind, m.body, key);
    const n = params.length;
    return `($1, $${n - 4}, $${n - 3}, $${n - 2}, $${n - 1}, $${n})`;
  });
  return {
    sql: `INSERT INTO message_outbox (district_code, channel, recipient, kind, body, dedupe_key)
          VALUES ${rows.join(', ')} ON CONFLICT DO NOTHING`,
    params,
  };
}

/**
 * The newest `limit` app messages to any of `recipients`, each saying whether the user has read it, and how many
 * are unread (counted up to `unreadCap`).
 */
export async function readMessages(
  db: Queryable,
  districtCode: string,
  recipients: string[],
  userId: string,
  limit: number,
  unreadCap: number,
) {
  // How far the user ($3) has read, in both queries, which then go out side by side.
  const seenId = '(SELECT messages_seen_id FROM users WHERE id = $3)';
  const [items, unread] = await Promise.all([
    db.query<{ id: string; kind: string; body: string; created_at: Date; unread: boolean }>(
      // Ordered by the number, not by its text (the output column of the same name): 100 comes after 99.
      `SELECT m.id::text AS id, m.kind, m.body, m.created_at, m.id > ${seenId} AS unread FROM message_outbox m
        WHERE m.district_code = $1 AND m.channel = 'app' AND m.recipient = ANY($2::text[])
        ORDER BY m.id DESC LIMIT $4`,
      [districtCode, recipients, userId, limit],
    ),
    db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (
         SELECT 1 FROM message_outbox
          WHERE district_code = $1 AND channel = 'app' AND recipient = ANY($2::text[]) AND id > ${seenId}
          LIMIT ${unreadCap}) AS newer`,
      [districtCode, recipients, userId],
    ),
  ]);
  return { items: items.rows, unread: unread.rows[0]!.n };
}

/** Marks every message up to `upTo` read for the user (never moves back, never past the newest message). */
export async function markSeenUpTo(db: Queryable, userId: string, upTo: number): Promise<void> {
  await db.query(
    `UPDATE users SET messages_seen_id = GREATEST(messages_seen_id, LEAST($2::bigint, (SELECT COALESCE(max(id), 0) FROM message_outbox)))
      WHERE id = $1`,
    [userId, upTo],
  );
}
