import type { Queryable } from '../../db/client.ts';
import type { Actor, RequestContext } from '../identity/actor.ts';
import { messageErrors } from './messages.errors.ts';
import { markSeenUpTo, readMessages } from './messages.repo.ts';

export interface MessageView {
  id: number;
  kind: string;
  body: string;
  createdAt: string;
  unread: boolean;
}

/** The most unread messages counted (the badge shows 99+ beyond). */
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
  if (!actor) throw messageErrors.signInFirst();
  if (actor.kind === 'integration') {
    throw messageErrors.noListForIntegrations();
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
  const { items, unread } = await readMessages(
    db,
    ctx.districtCode,
    recipients,
    actor.id,
    limit,
    UNREAD_COUNT_CAP,
  );
  return {
    items: items.map((m) => ({
      id: Number(m.id),
      kind: m.kind,
      body: m.body,
      createdAt: m.created_at.toISOString(),
      unread: m.unread,
    })),
    unread,
  };
}

/** Marks every message up to `upTo` read (never moves back). */
export async function markMessagesSeen(db: Queryable, ctx: RequestContext, upTo: number): Promise<void> {
  const actor = signedInPerson(ctx);
  await markSeenUpTo(db, actor.id, upTo);
}
