import type { LiveBus, LiveBusStats } from './live-bus.ts';
import { type LiveMessage, newLiveMessage } from './live-message.ts';
import { consoleLog, type LiveLog, TopicFanOut } from './topic-fan-out.ts';

/** The bus of a single process (PGlite serves one process): publish hands the message to subscribers directly. */
export class MemoryLiveBus implements LiveBus {
  private readonly fanOut: TopicFanOut;
  private published = 0;
  private closed = false;

  constructor(log: LiveLog = consoleLog) {
    this.fanOut = new TopicFanOut(log);
  }

  get stats(): LiveBusStats {
    return {
      subscribers: this.fanOut.size,
      published: this.published,
      delivered: this.fanOut.delivered,
      reconnects: 0,
    };
  }

  async publish(topic: string, type: string, data: unknown): Promise<void> {
    if (this.closed) throw new Error('live bus is closed');
    const message = newLiveMessage(topic, type, data);
    this.published++;
    this.fanOut.deliver(message);
  }

  subscribe(topics: readonly string[], onMessage: (m: LiveMessage) => void): () => void {
    if (this.closed) throw new Error('live bus is closed');
    return this.fanOut.subscribe(topics, onMessage);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.fanOut.clear();
  }
}
