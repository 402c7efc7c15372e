import { describe, expect, it } from 'vitest';
import type { LiveMessage } from './live-message.ts';
import { OVERFLOW_FRAME, type SseSink, SseWriter, sseFrame } from './sse-writer.ts';

/** A socket whose buffer fills after `room` writes until drain() is called. */
function fakeSink(room: number) {
  const written: string[] = [];
  let free = room;
  let onDrain: (() => void) | null = null;
  let ended = false;
  const sink: SseSink = {
    write(chunk) {
      written.push(chunk);
      free--;
      return free > 0;
    },
    end() {
      ended = true;
    },
    once(_event, listener) {
      onDrain = listener;
    },
  };
  return {
    sink,
    written,
    ended: () => ended,
    drain(newRoom: number) {
      free = newRoom;
      const fn = onDrain;
      onDrain = null;
      fn?.();
    },
  };
}

const message = (n: number): LiveMessage => ({
  topic: 'unit:uml',
  type: 'queue.changed',
  data: { n },
  at: '2026-05-01T08:00:00.000Z',
  id: `id-${n}`,
});

describe('SSE writer', () => {
  it('frames a message as id, event and one data line of JSON', () => {
    expect(sseFrame(message(1))).toBe(
      'id: id-1\nevent: queue.changed\ndata: {"topic":"unit:uml","at":"2026-05-01T08:00:00.000Z","data":{"n":1}}\n\n',
    );
  });

  it('queues while the socket is full and writes the queue in order on drain, without pings', () => {
    const s = fakeSink(1);
    const w = new SseWriter(s.sink, 10_000, () => {});
    w.send(message(1)); // fills the socket
    w.send(message(2));
    w.comment('ping');
    w.send(message(3));
    expect(s.written).toHaveLength(1);
    s.drain(10);
    expect(s.written.join('')).toBe([1, 2, 3].map((n) => sseFrame(message(n))).join(''));
    w.comment('ping');
    expect(s.written.at(-1)).toBe(': ping\n\n');
  });

  it('drops a client that falls more than the bound behind, with a final overflow event', () => {
    const s = fakeSink(1);
    let dropped = 0;
    const bound = sseFrame(message(1)).length * 3;
    const w = new SseWriter(s.sink, bound, () => dropped++);
    for (let n = 0; n < 10; n++) w.send(message(n));
    expect(dropped).toBe(1);
    expect(s.written.at(-1)).toBe(OVERFLOW_FRAME);
    expect(s.ended()).toBe(true);
    expect(w.isEnded).toBe(true);
    const count = s.written.length;
    s.drain(10);
    w.send(message(11));
    expect(s.written).toHaveLength(count);
  });
});
