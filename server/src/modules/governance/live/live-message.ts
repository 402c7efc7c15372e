import { randomUUID } from 'node:crypto';

/** One event on the live layer: what changed (type), where (topic), a small summary (data). */
export interface LiveMessage {
  topic: string;
  type: string;
  data: unknown;
  /** When it was published (ISO 8601). */
  at: string;
  /** Unique; the SSE `id:` of the event. */
  id: string;
}

/**
 * The largest message (as JSON) the bus accepts. PostgreSQL refuses NOTIFY payloads of 8,000 bytes or more;
 * the rest of the margin is the envelope. Publishers send ids and summary fields, and clients fetch the rest.
 * Both buses enforce it, so code that works on PGlite does not start failing on PostgreSQL.
 */
export const MAX_LIVE_MESSAGE_BYTES = 7_500;

const TOPIC = /^[\w.:-]{1,200}$/;
const TYPE = /^[\w.:-]{1,64}$/;

/** Builds a message with a fresh id, refusing what could not travel through NOTIFY or break an SSE frame. */
export function newLiveMessage(topic: string, type: string, data: unknown, now = new Date()): LiveMessage {
  if (!TOPIC.test(topic)) throw new Error(`live topic ${JSON.stringify(topic)} must match ${TOPIC}`);
  if (!TYPE.test(type)) throw new Error(`live message type ${JSON.stringify(type)} must match ${TYPE}`);
  const json = JSON.stringify({ topic, type, data: data ?? null, at: now.toISOString(), id: randomUUID() });
  const bytes = Buffer.byteLength(json);
  if (bytes > MAX_LIVE_MESSAGE_BYTES) {
    throw new Error(
      `live message ${type} on ${topic} is ${bytes} bytes as JSON; the limit is ${MAX_LIVE_MESSAGE_BYTES}. ` +
        'Publish ids and summary fields and let clients fetch the rest.',
    );
  }
  // Local subscribers get the JSON form too (a Date becomes a string), as subscribers in other processes do.
  return JSON.parse(json) as LiveMessage;
}

/** Sent to every local subscriber after messages may have been missed (see pg-live-bus.ts): refetch your view. */
export const RESYNC_TYPE = 'resync';
/** The topic of a resync message: it concerns every topic the subscriber follows. */
export const ALL_TOPICS = '*';

export function resyncMessage(now = new Date()): LiveMessage {
  return { topic: ALL_TOPICS, type: RESYNC_TYPE, data: null, at: now.toISOString(), id: randomUUID() };
}
