import type { Queryable } from '../../db/client.ts';
import { AppError, bilingual } from '../../errors.ts';
import type { Actor, RequestContext } from '../identity/actor.ts';

export interface MessageView {
  id: number;
  kind: string;
  body: string;
  createdAt: string;
  unread: boolean;
}

/** The most a list answers, and the most unread messages counted (the badge shows 99+ beyond). */
export const MESSAGES_MAX = 50;
const UNREAD_COUNT_CAP = 100;

/**
 * Who an app message reaches: the user, each of their roles, and their department — the addresses the workflows
 * write to (`user:<id>`, `role:<role>`, `department:<id>`).
 */
export function recipientsOf(actor: Actor): string[] {
  return [
    `user:${actor.id}`,
    ...actor.roles.map((r) => `role:${r}`),
    ...(actor.departmentId ? [`department:${actor.departmentId}`] : []),
  ];
}

function signedInPerson(ctx: RequestContext): Actor {
  const actor = ctx.actor;
  if (!actor) throw new AppError('unauthenticated', bilingual('请先登录', 'Please sign in.'));
  if (actor.kind === 'integration') {
    throw new AppError(
      'forbidden',
      bilingual('系统对接账号没有消息列表', 'An integration account has no message list.'),
    );
  }
  return actor;
}

/** The newest app messages for the signed-in user, and how many are unread. */
export async function listMyMessages(
  db: Queryable,
  ctx: RequestContext,
  limit: number,
): Promise<{ items: MessageView[]; unread: number }> {
  const actor = signedInPerson(ctx);
  const recipients = recipientsOf(actor);
  // How far the user ($3) has read, in both queries, which then go out side by side.
  const seenId = '(SELECT messages_seen_id FROM users WHERE id = $3)';
  const [items, unread] = await Promise.all([
    db.query<{ id: string; kind: string; body: string; created_at: Date; unread: boolean }>(
      // Ordered by the number, not by its text (the output column of the same name): 100 comes after 99.
      `SELECT m.id::text AS id, m.kind, m.body, m.created_at, m.id > ${seenId} AS unread FROM message_outbox m
        WHERE m.district_code = $1 AND m.channel = 'app' AND m.recipient = ANY($2::text[])
        ORDER BY m.id DESC LIMIT $4`,
      [ctx.districtCode, recipients, actor.id, limit],
    ),
    db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (
         SELECT 1 FROM message_outbox
          WHERE district_code = $1 AND channel = 'app' AND recipient = ANY($2::text[]) AND id > ${seenId}
          LIMIT ${UNREAD_COUNT_CAP}) AS newer`,
      [ctx.districtCode, recipients, actor.id],
    ),
  ]);
  return {
    items: items.rows.map((m) => ({
      id: Number(m.id),
      kind: m.kind,
      body: m.body,
      createdAt: m.created_at.toISOString(),
      unread: m.unread,
    })),
    unread: unread.rows[0]!.n,
  };
}

/** Marks every message up to `upTo` read (never moves back). */
export async function markMessagesSeen(db: Queryable, ctx: RequestContext, upTo: number): Promise<void> {
  const actor = signedInPerson(ctx);
  await db.query(
    `UPDATE users SET messages_seen_id = GREATEST(messages_seen_id, LEAST($2::bigint, (SELECT COALESCE(max(id), 0) FROM message_outbox)))
      WHERE id = $1`,
    [actor.id, upTo],
  );
}
