import { type QueryClient, queryOptions } from '@tanstack/react-query';
import {
  type EventSummary,
  getEvent,
  govKeys,
  type ListQuery,
  listEvents,
  OPEN_STATES,
} from '../../api/governance.ts';
import { type EventUpdate, mergeEvent } from './event-list.ts';

/** A list of events as the server answers the query (the screens filter and sort it for themselves). */
export const eventListQuery = (query: ListQuery) =>
  queryOptions({
    queryKey: govKeys.eventList(query),
    queryFn: ({ signal }) => listEvents(query, signal),
  });

/** One event with its tasks, timeline and photos. */
export const eventQuery = (id: string) =>
  queryOptions({
    queryKey: govKeys.event(id),
    queryFn: ({ signal }) => getEvent(id, signal),
  });

/** Whether an event belongs on the list the server gave for this query (open ones, one state, or all). */
const belongsTo =
  (query: ListQuery) =>
  (e: EventSummary): boolean =>
    (query.open ? OPEN_STATES.has(e.state) : true) && (query.state ? e.state === query.state : true);

const DEFAULT_LIMIT = 500;

/** Folds an event into every cached list of events, as the server would list it now. */
function mergeIntoLists(client: QueryClient, update: EventUpdate): { needsFetch: boolean } {
  let needsFetch = false;
  for (const [key, list] of client.getQueriesData<EventSummary[]>({ queryKey: govKeys.eventLists })) {
    if (!list) continue;
    const query = (key[3] ?? {}) as ListQuery;
    const merged = mergeEvent(list, update, belongsTo(query), query.limit ?? DEFAULT_LIMIT);
    needsFetch ||= merged.needsFetch;
    client.setQueryData(key, merged.list);
  }
  return { needsFetch };
}

/**
 * What one live message does to the cache: the lists take the event's new fields (a new report joins them, a
 * closed one leaves the open lists); the event's own detail, whose tasks and timeline the message does not
 * carry, is read again. A thin message about an event no list has is completed from the server first.
 */
export function applyEventUpdate(client: QueryClient, update: EventUpdate): void {
  const { needsFetch } = mergeIntoLists(client, update);
  void client.invalidateQueries({ queryKey: govKeys.event(update.id) });
  if (needsFetch)
    client
      .fetchQuery({ ...eventQuery(update.id), staleTime: 0 })
      .then((full) => mergeIntoLists(client, full))
      .catch(() => undefined);
}

/** The stream may have missed messages: every list and event on screen is read again. */
export const reloadEvents = (client: QueryClient) => client.invalidateQueries({ queryKey: govKeys.events });
