import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { type EventSummary, govKeys } from '../../api/governance.ts';
import { eventFactory } from './event.factory.ts';
import { applyEventUpdate } from './event-queries.ts';

const ids = (list: EventSummary[] | undefined) => (list ?? []).map((e) => e.id);

describe('a live message in the query cache', () => {
  const setUp = () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const known = eventFactory({ reportedAt: '2026-12-02T08:00:00Z' });
    client.setQueryData(govKeys.eventList({ open: true }), [known]);
    client.setQueryData(govKeys.eventList({ limit: 500 }), [known]);
    return { client, known };
  };

  it('adds a new report to every list it belongs on', () => {
    const { client, known } = setUp();
    const arrived = eventFactory({ reportedAt: '2026-12-02T09:00:00Z', state: 'reported' });
    applyEventUpdate(client, arrived);
    expect(ids(client.getQueryData(govKeys.eventList({ open: true })))).toEqual([arrived.id, known.id]);
    expect(ids(client.getQueryData(govKeys.eventList({ limit: 500 })))).toEqual([arrived.id, known.id]);
  });

  it('takes a closed event off the open list and keeps it, changed, on the list of all', () => {
    const { client, known } = setUp();
    applyEventUpdate(client, { id: known.id, state: 'closed' });
    expect(ids(client.getQueryData(govKeys.eventList({ open: true })))).toEqual([]);
    const all = client.getQueryData<EventSummary[]>(govKeys.eventList({ limit: 500 }));
    expect(all?.map((e) => e.state)).toEqual(['closed']);
  });

  it("marks the event's own detail stale, to be read again", () => {
    const { client, known } = setUp();
    client.setQueryData(govKeys.event(known.id), {
      ...known,
      tasks: [],
      timeline: [],
      possibleDuplicates: [],
    });
    applyEventUpdate(client, { id: known.id, state: 'disposed' });
    expect(client.getQueryState(govKeys.event(known.id))?.isInvalidated).toBe(true);
  });
});
