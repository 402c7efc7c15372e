import type { OutgoingHttpHeaders } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { LiveBus, LiveMessage } from './live-bus.ts';
import { SseWriter } from './sse-writer.ts';

export interface SseOptions {
  bus: LiveBus;
  topics: string[];
  /**
   * The current state as events, written first. Read after subscribing, so a change in between arrives as a
   * message instead of being lost; `lastEventId` is the browser's Last-Event-ID when it reconnects.
   */
  initial?: (lastEventId: string | null) => Promise<LiveMessage[]> | LiveMessage[];
  /** A `: ping` comment this often keeps proxies from closing a quiet stream (default 15 s). */
  heartbeatMs?: number;
  /** Events waiting for a slow client beyond this many bytes end its stream with `event: overflow`. */
  maxBufferBytes?: number;
  /**
   * The stream ends after this long (default 30 min) and the browser reconnects, passing authorization again:
   * access is checked when a stream opens, so this bounds how long a signed-out user keeps receiving events.
   */
  maxAgeMs?: number;
}

const DEFAULT_HEARTBEAT_MS = 15_000;
const DEFAULT_MAX_BUFFER_BYTES = 256 * 1024;
const DEFAULT_MAX_AGE_MS = 30 * 60_000;
/** How long a dropped slow client may take to read its last bytes before its socket is destroyed. */
const DROP_GRACE_MS = 5_000;

/** The open streams of each bus, so that the app can end them when it closes (see live.plugin.ts). */
const openStreams = new WeakMap<LiveBus, Set<() => void>>();

/** Ends every open stream fed by this bus (server shutdown); browsers reconnect to another process. */
export function endSseStreams(bus: LiveBus): void {
  for (const end of [...(openStreams.get(bus) ?? [])]) end();
}

/**
 * Answers the request with a Server-Sent Events stream of the bus messages on `topics` until the client goes
 * away. Takes the response over from Fastify (hijack), so onSend hooks do not run: the headers other hooks
 * set are carried over here (helmet writes its own on the raw response, which stay), as is x-correlation-id.
 * If `initial` fails, nothing has been written yet and the error is answered as usual.
 */
export async function streamSse(
  req: Pick<FastifyRequest, 'id' | 'raw' | 'headers' | 'log'>,
  reply: Pick<FastifyReply, 'hijack' | 'raw' | 'getHeaders'>,
  opts: SseOptions,
): Promise<void> {
  let writer: SseWriter | null = null;
  const early: LiveMessage[] = [];
  const unsubscribe = opts.bus.subscribe(opts.topics, (m) => (writer ? writer.send(m) : early.push(m)));
  let initial: LiveMessage[];
  try {
    const lastEventId = req.headers['last-event-id'];
    initial = opts.initial ? await opts.initial(typeof lastEventId === 'string' ? lastEventId : null) : [];
  } catch (err) {
    unsubscribe();
    throw err;
  }
  reply.hijack();
  const res = reply.raw;
  if (res.destroyed || !res.socket || res.socket.destroyed) {
    unsubscribe(); // the client left while the initial state was read
    return;
  }

  const headers: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(reply.getHeaders()))
    if (value !== undefined) headers[name] = value;
  res.writeHead(200, {
    ...headers,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
    'x-accel-buffering': 'no', // nginx: pass each event on at once
    'x-correlation-id': req.id,
  });
  res.flushHeaders();

  let heartbeat: NodeJS.Timeout | undefined;
  let maxAge: NodeJS.Timeout | undefined;
  let dropTimer: NodeJS.Timeout | undefined;
  let cleaned = false;
  const streams = openStreams.get(opts.bus) ?? new Set();
  openStreams.set(opts.bus, streams);
  const stop = () => {
    if (cleaned) return;
    cleaned = true;
    unsubscribe();
    clearInterval(heartbeat);
    clearTimeout(maxAge);
    streams.delete(end);
  };
  const end = () => {
    stop();
    live.end();
  };
  const live = new SseWriter(res, opts.maxBufferBytes ?? DEFAULT_MAX_BUFFER_BYTES, () => {
    stop();
    req.log.warn({ topics: opts.topics }, 'SSE client too slow; stream dropped');
    dropTimer = setTimeout(() => res.destroy(), DROP_GRACE_MS).unref();
  });
  streams.add(end);
  res.on('close', () => {
    stop();
    clearTimeout(dropTimer);
  });

  const seen = new Set<string>();
  for (const m of initial) {
    seen.add(m.id);
    live.send(m);
  }
  for (const m of early) if (!seen.has(m.id)) live.send(m);
  writer = live;
  heartbeat = setInterval(() => live.comment('ping'), opts.heartbeatMs ?? DEFAULT_HEARTBEAT_MS).unref();
  maxAge = setTimeout(end, opts.maxAgeMs ?? DEFAULT_MAX_AGE_MS).unref();
}
