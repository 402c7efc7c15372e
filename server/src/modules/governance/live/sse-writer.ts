import type { LiveMessage } from './live-message.ts';

/** The part of a response the writer uses (an http.ServerResponse; a fake in tests). */
export interface SseSink {
  write(chunk: string): boolean;
  end(): void;
  once(event: 'drain', listener: () => void): unknown;
}

// The bus hands the same message object to every stream: frame it once, not once per client.
const frames = new WeakMap<LiveMessage, string>();

/** One message as an SSE event: the data line carries topic, time and payload as one line of JSON. */
export function sseFrame(m: LiveMessage): string {
  let frame = frames.get(m);
  if (frame === undefined) {
    frame = `id: ${m.id}\nevent: ${m.type}\ndata: ${JSON.stringify({ topic: m.topic, at: m.at, data: m.data })}\n\n`;
    frames.set(m, frame);
  }
  return frame;
}

/** Sent last to a client that read too slowly; it should reconnect and reload its view. */
export const OVERFLOW_FRAME = `event: overflow\ndata: ${JSON.stringify({
  reason: 'The client read events too slowly and was disconnected; reconnect and reload.',
})}\n\n`;

/**
 * Writes events to one client, honouring backpressure: while the socket is full, events wait in a queue of at
 * most maxBufferBytes; a client that falls further behind gets OVERFLOW_FRAME and the stream ends (onOverflow).
 */
export class SseWriter {
  private queue: string[] = [];
  private queuedBytes = 0;
  private waiting = false;
  private ended = false;

  constructor(
    private readonly sink: SseSink,
    private readonly maxBufferBytes: number,
    private readonly onOverflow: () => void,
  ) {}

  get isEnded(): boolean {
    return this.ended;
  }

  send(m: LiveMessage): void {
    this.push(sseFrame(m));
  }

  /** A comment line (heartbeat); skipped while the socket is full, since a queue of pings helps no one. */
  comment(text: string): void {
    if (!this.waiting) this.push(`: ${text}\n\n`);
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.queue = [];
    this.sink.end();
  }

  private push(chunk: string): void {
    if (this.ended) return;
    if (!this.waiting) {
      if (!this.sink.write(chunk)) this.wait();
      return;
    }
    this.queuedBytes += Buffer.byteLength(chunk);
    if (this.queuedBytes > this.maxBufferBytes) {
      this.overflow();
      return;
    }
    this.queue.push(chunk);
  }

  private wait(): void {
    this.waiting = true;
    this.sink.once('drain', () => this.flush());
  }

  private flush(): void {
    if (this.ended) return;
    this.waiting = false;
    if (this.queue.length === 0) return;
    const chunk = this.queue.join('');
    this.queue = [];
    this.queuedBytes = 0;
    if (!this.sink.write(chunk)) this.wait();
  }

  private overflow(): void {
    this.queue = [];
    this.sink.write(OVERFLOW_FRAME);
    this.end();
    this.onOverflow();
  }
}
