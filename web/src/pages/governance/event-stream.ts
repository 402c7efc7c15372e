import { GOV_ACTIONS } from '../../api/governance.ts';
import type { EventUpdate } from './event-list.ts';

/** The named SSE events that carry an event summary: a new report, and each step (event.dispose …). */
export const EVENT_MESSAGE_TYPES: readonly string[] = [
  'event.new',
  ...GOV_ACTIONS.map((action) => `event.${action}`),
  // What the server's own work does to an event (photos, deadline sweeps); harmless when never sent.
  'event.photo',
  'event.due_soon',
  'event.overdue',
  'event.escalate',
  'event.updated',
];

/** The stream asks for a full reload: messages may have been lost (resync), or this client fell behind (overflow). */
export const RELOAD_MESSAGE_TYPES: readonly string[] = ['resync', 'overflow'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The event in one message's data line. The summary may come as it is, or in the live bus's envelope
 * `{topic, at, data}`; anything else (a malformed line) is ignored.
 */
export function parseEventMessage(raw: string): EventUpdate | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  const candidate = isRecord(value) && isRecord(value.data) && !('eventNo' in value) ? value.data : value;
  if (!isRecord(candidate) || typeof candidate.id !== 'string') return null;
  return candidate as EventUpdate;
}

/** Wait before reconnecting after the stream failed: 1 s, 2 s, 4 s … at most 30 s. */
export const reconnectDelay = (attempt: number): number =>
  Math.min(30_000, 1_000 * 2 ** Math.max(0, attempt - 1));

/** After this many failures in a row the screen says so and polls instead (it keeps trying in the background). */
export const FAILURES_BEFORE_POLLING = 3;
