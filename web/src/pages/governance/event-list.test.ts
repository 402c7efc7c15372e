import { describe, expect, it } from 'vitest';
import { OPEN_STATES } from '../../api/governance.ts';
import { eventFactory } from './event.factory.ts';
import { mergeEvent, newestFirst } from './event-list.ts';
import { parseEventMessage, reconnectDelay } from './event-stream.ts';

const open = (e: { state: string }) => OPEN_STATES.has(e.state as never);

describe('merging live updates into a list', () => {
  const older = eventFactory({ reportedAt: '2026-12-02T08:00:00Z' });
  const newer = eventFactory({ reportedAt: '2026-12-02T09:00:00Z' });

  it('puts a new report at the top', () => {
    const arrived = eventFactory({ reportedAt: '2026-12-02T10:00:00Z', state: 'reported' });
    const { list, added } = mergeEvent(newestFirst([older, newer]), arrived, open);
    expect(added).toBe(true);
    expect(list.map((e) => e.id)).toEqual([arrived.id, newer.id, older.id]);
  });

  it('updates a known event in place, keeping the fields the update leaves out', () => {
    const { list } = mergeEvent([newer, older], { id: older.id, state: 'disposed' }, open);
    expect(list[1]).toMatchObject({ id: older.id, state: 'disposed', className: older.className });
  });

  it('keeps the reporter the live message leaves out', () => {
    const named = { ...older, reporter: { anonymous: false, name: '王小明' } };
    const update = { id: older.id, state: 'disposed' as const, reporter: null, reporterPhone: null };
    expect(mergeEvent([named], update as never, open).list[0]!.reporter.name).toBe('王小明');
  });

  it('drops an event that no longer belongs, e.g. once it is closed or sent to another unit', () => {
    expect(mergeEvent([newer, older], { id: older.id, state: 'closed' }, open).list).toEqual([newer]);
    const ours = (e: { unitId: string | null }) => e.unitId === 'uml';
    expect(mergeEvent([newer], { ...newer, unitId: 'st-zumiao' }, ours).list).toEqual([]);
  });

  it('asks for the event when an unknown one arrives with only its id', () => {
    const result = mergeEvent([newer], { id: 'x', state: 'reported' }, open);
    expect(result).toMatchObject({ added: false, needsFetch: true });
    expect(result.list).toEqual([newer]);
  });

  it('does not add a duplicate when the same report arrives twice', () => {
    const once = mergeEvent([], newer, open).list;
    expect(mergeEvent(once, newer, open).list).toHaveLength(1);
  });

  it('keeps at most the limit, dropping the oldest', () => {
    const arrived = eventFactory({ reportedAt: '2026-12-02T10:00:00Z' });
    expect(mergeEvent([newer, older], arrived, open, 2).list.map((e) => e.id)).toEqual([
      arrived.id,
      newer.id,
    ]);
  });
});

describe('stream messages', () => {
  it('reads the summary bare or inside the live envelope', () => {
    const e = eventFactory();
    expect(parseEventMessage(JSON.stringify(e))?.eventNo).toBe(e.eventNo);
    expect(parseEventMessage(JSON.stringify({ topic: 'district:440604', at: 'x', data: e }))?.id).toBe(e.id);
    expect(parseEventMessage('not json')).toBeNull();
    expect(parseEventMessage('{"topic":"x"}')).toBeNull();
  });

  it('backs off when reconnecting, up to half a minute', () => {
    expect([1, 2, 3, 4].map(reconnectDelay)).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(reconnectDelay(20)).toBe(30_000);
  });
});
