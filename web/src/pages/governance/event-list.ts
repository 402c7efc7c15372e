import type { EventSummary } from '../../api/governance.ts';

/** What the live stream carries about one event: at least its id; usually the whole summary. */
export type EventUpdate = Partial<EventSummary> & { id: string };

/** Whether an update carries enough to be shown as a new row without asking the server. */
export function isFullSummary(update: EventUpdate): update is EventSummary {
  return (
    typeof update.eventNo === 'string' &&
    typeof update.state === 'string' &&
    typeof update.reportedAt === 'string' &&
    typeof update.lng === 'number' &&
    typeof update.lat === 'number'
  );
}

/** Newest report first; the live screens keep this order. */
export const newestFirst = (list: readonly EventSummary[]): EventSummary[] =>
  [...list].sort((a, b) => b.reportedAt.localeCompare(a.reportedAt) || b.eventNo.localeCompare(a.eventNo));

/** Fields the live stream leaves empty on purpose (who reported stays off the wire): an empty one keeps the list's. */
const WITHHELD = ['reporter', 'reporterPhone'] as const;

function withoutWithheld(update: EventUpdate): EventUpdate {
  const out: Record<string, unknown> = { ...update };
  for (const key of WITHHELD) if (out[key] === null) delete out[key];
  return out as EventUpdate;
}

export interface MergeResult {
  list: EventSummary[];
  /** The update named an event the list did not have, and it was added. */
  added: boolean;
  /** The update named an event the list did not have, and it was too thin to add: fetch it. */
  needsFetch: boolean;
}

/**
 * Folds one live update into a list: a known event takes the new fields (and leaves when `keep` no longer holds,
 * e.g. a closed event on a list of open ones, or an event sent on to another unit); an unknown one is added in
 * order when it belongs. The list stays at most `limit` long, dropping the oldest.
 */
export function mergeEvent(
  list: readonly EventSummary[],
  update: EventUpdate,
  keep: (e: EventSummary) => boolean,
  limit = 500,
): MergeResult {
  const index = list.findIndex((e) => e.id === update.id);
  if (index >= 0) {
    const merged = { ...list[index]!, ...withoutWithheld(update) };
    const rest = list.filter((_, i) => i !== index);
    return { list: keep(merged) ? newestFirst([...rest, merged]) : rest, added: false, needsFetch: false };
  }
  if (!isFullSummary(update)) return { list: [...list], added: false, needsFetch: true };
  if (!keep(update)) return { list: [...list], added: false, needsFetch: false };
  return { list: newestFirst([update, ...list]).slice(0, limit), added: true, needsFetch: false };
}
