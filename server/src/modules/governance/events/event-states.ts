/** The states an event passes through and the channels it comes in by. */
export const EVENT_STATES = [
  'reported',
  'dispatched',
  'disposed',
  'closed',
  'parked',
  'rejected',
  'voided',
  'merged',
] as const;
export type EventState = (typeof EVENT_STATES)[number];
export const OPEN_STATES: readonly EventState[] = ['reported', 'dispatched', 'disposed', 'parked'];

export const CHANNELS = ['citizen', 'patrol', 'hotline', 'component', 'open311', 'import'] as const;
export type Channel = (typeof CHANNELS)[number];
