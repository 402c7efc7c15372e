/**
 * Fault injection, so tests and demos can show what the platform does when a department is slow, flaky or
 * down: the case waits and is retried later, it is never decided on a missing answer.
 */
export interface Faults {
  /** Added before every answer. */
  latencyMs: number;
  /** Share of questions answered 500, drawn at random per question (0–1). */
  failRate: number;
  /** Every public endpoint answers 503, as a system in maintenance does. */
  down: boolean;
}

export const NO_FAULTS: Faults = { latencyMs: 0, failRate: 0, down: false };

/** Merges a partial update and refuses values that make no sense, naming the field. */
export function mergeFaults(current: Faults, update: Partial<Faults>): Faults {
  const next = { ...current, ...update };
  if (!Number.isFinite(next.latencyMs) || next.latencyMs < 0 || next.latencyMs > 600_000) {
    throw new RangeError('latencyMs must be between 0 and 600000');
  }
  if (!(next.failRate >= 0 && next.failRate <= 1)) throw new RangeError('failRate must be between 0 and 1');
  if (typeof next.down !== 'boolean') throw new TypeError('down must be true or false');
  return next;
}
