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
