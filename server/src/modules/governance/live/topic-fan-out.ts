import type { LiveMessage } from './live-message.ts';

/** What the bus logs through: app.log (pino) fits; the default writes to the console. */
export interface LiveLog {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export const consoleLog: LiveLog = {
  warn: (obj, msg) => console.warn(msg, obj),
  error: (obj, msg) => console.error(msg, obj),
};

type Listener = (m: LiveMessage) => void;

/** The in-process part of every bus: subscribers by topic, and delivery of one message to each of them once. */
export class TopicFanOut {
  private readonly byTopic = new Map<string, Set<Listener>>();
  private readonly all = new Set<Listener>();
  delivered = 0;

  constructor(private readonly log: LiveLog) {}

  get size(): number {
    return this.all.size;
  }

  subscribe(topics: readonly string[], onMessage: (m: LiveMessage) => void): () => void {
    // A fresh function per subscription, so subscribing the same callback twice gives two subscriptions.
    const listener: Listener = (m) => onMessage(m);
    const unique = [...new Set(topics)];
    this.all.add(listener);
    for (const topic of unique) {
      const set = this.byTopic.get(topic) ?? new Set<Listener>();
      set.add(listener);
      this.byTopic.set(topic, set);
    }
    return () => {
      if (!this.all.delete(listener)) return;
      for (const topic of unique) {
        const set = this.byTopic.get(topic);
        set?.delete(listener);
        if (set?.size === 0) this.byTopic.delete(topic);
      }
    };
  }

  /** Delivers to the subscribers of m.topic; one throwing subscriber does not keep it from the others. */
  deliver(m: LiveMessage): void {
    const set = this.byTopic.get(m.topic);
    if (set) this.call([...set], m);
  }

  /** Delivers to every subscriber whatever its topics (resync). */
  deliverToAll(m: LiveMessage): void {
    this.call([...this.all], m);
  }

  clear(): void {
    this.byTopic.clear();
    this.all.clear();
  }

  private call(listeners: Listener[], m: LiveMessage): void {
    for (const listener of listeners) {
      // Unsubscribed by an earlier listener of this same delivery.
      if (!this.all.has(listener)) continue;
      this.delivered++;
      try {
        listener(m);
      } catch (err) {
        this.log.error({ err, topic: m.topic, type: m.type }, 'live subscriber failed');
      }
    }
  }
}
