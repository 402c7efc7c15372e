import {
  allowedEventActions,
  type EventActor,
  GOV_ACTIONS,
  type GovAction,
} from '@yimen/shared/event-actions';
import type { EventSummary } from '../../api/governance.ts';

/** The staff member as the rules need them (see Me in api/types.ts). */
export type Actor = EventActor;

/** The steps staff take; rating is the reporter's and lives on the citizen's page. */
const STAFF_ACTIONS = GOV_ACTIONS.filter((action) => action !== 'rate');

/**
 * The steps this member of staff may take on the event now, in a stable order, by the server's own table. The
 * screens offer these buttons and no others; the server checks again.
 */
export function availableActions(e: EventSummary, actor: Actor): GovAction[] {
  return allowedEventActions(actor, e, STAFF_ACTIONS);
}

/**
 * Whether the event is a task of the staff member now: a step is theirs to take. A grid worker sees more than
 * their tasks (their own reports elsewhere, events waiting for a unit); only these are rows to act on.
 */
export const isTaskFor = (e: EventSummary, actor: Actor): boolean => availableActions(e, actor).length > 0;

/** Steps that need reasons (one per line, each a line of the record). */
export const NEEDS_REASONS: ReadonlySet<GovAction> = new Set([
  'reject',
  'void',
  'send_back',
  'check_fail',
  'park',
]);
