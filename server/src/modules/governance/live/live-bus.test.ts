import { describe, expect, it, vi } from 'vitest';
import { createLiveBus, type LiveMessage, MAX_LIVE_MESSAGE_BYTES } from './live-bus.ts';

const quiet = { warn: vi.fn(), error: vi.fn() };
const inProcess = () => createLiveBus({ kind: 'pglite', log: quiet });

describe('in-process live bus', () => {
  it('delivers a message to the subscribers of its topic only, once each, with an id and a time', async () => {
    const bus = await inProcess();
    const district: LiveMessage[] = [];
    const unit: LiveMessage[] = [];
    const both: LiveMessage[] = [];
    bus.subscribe(['district:440604'], (m) => district.push(m));
    bus.subscribe(['unit:uml'], (m) => unit.push(m));
    bus.subscribe(['district:440604', 'unit:uml', 'district:440604'], (m) => both.push(m));

    await bus.publish('district:440604', 'event.reported', { eventId: 'e1' });

    expect(district).toHaveLength(1);
    expect(district[0]).toMatchObject({
      topic: 'district:440604',
      type: 'event.reported',
      data: { eventId: 'e1' },
    });
    expect(district[0]!.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Date(district[0]!.at).toISOString()).toBe(district[0]!.at);
    expect(unit).toHaveLength(0);
    expect(both.map((m) => m.id)).toEqual([district[0]!.id]);
    expect(bus.stats).toMatchObject({ subscribers: 3, published: 1, delivered: 2 });
    await bus.close();
  });

  it('stops delivering after unsubscribe; unsubscribing twice is harmless', async () => {
    const bus = await inProcess();
    const got: string[] = [];
    const unsubscribe = bus.subscribe(['user:u1'], (m) => got.push(m.type));
    await bus.publish('user:u1', 'task.assigned', null);
    unsubscribe();
    unsubscribe();
    await bus.publish('user:u1', 'task.assigned', null);
    expect(got).toEqual(['task.assigned']);
    expect(bus.stats).toMatchObject({ subscribers: 0, published: 2, delivered: 1 });
    await bus.close();
  });

  it('gives subscribers the JSON form of the data, as a subscriber in another process would see it', async () => {
    const bus = await inProcess();
    let got: unknown;
    bus.subscribe(['event:e1'], (m) => (got = m.data));
    const data = { at: new Date('2026-05-01T08:00:00Z'), skip: undefined };
    await bus.publish('event:e1', 'event.updated', data);
    expect(got).toEqual({ at: '2026-05-01T08:00:00.000Z' });
    await bus.close();
  });

  it('keeps delivering to the others when one subscriber throws', async () => {
    const bus = await inProcess();
    const got: string[] = [];
    bus.subscribe(['unit:uml'], () => {
      throw new Error('broken screen');
    });
    bus.subscribe(['unit:uml'], (m) => got.push(m.type));
    await bus.publish('unit:uml', 'queue.changed', {});
    expect(got).toEqual(['queue.changed']);
    expect(quiet.error).toHaveBeenCalled();
    await bus.close();
  });

  it('refuses a message too large for PostgreSQL NOTIFY, and malformed topics and types', async () => {
    const bus = await inProcess();
    await expect(
      bus.publish('event:e1', 'event.updated', { text: 'x'.repeat(MAX_LIVE_MESSAGE_BYTES) }),
    ).rejects.toThrow(/limit is 7500.*ids and summary fields/);
    await expect(bus.publish('event:e1', 'bad\ntype', {})).rejects.toThrow(/type/);
    await expect(bus.publish('', 'event.updated', {})).rejects.toThrow(/topic/);
    expect(bus.stats.published).toBe(0);
    await bus.close();
    await expect(bus.publish('event:e1', 'event.updated', {})).rejects.toThrow(/closed/);
  });
});
