/**
 * The states of a case (一窗通办) and of a city-governance event (一网统管): stable ids the database stores, the
 * API answers and the screens show through i18n.
 */

export const CASE_STATES = [
  'checking', // opened at a window: the clerk works through the standard checklist
  'prereview', // online application waiting for pre-review (网上预审)
  'correction', // waiting for the applicant to correct or add materials (补正); the clock stands still
  'in_progress', // accepted (受理): department stages running
  'suspended', // suspended by a department or supervisor; the clock stands still
  'awaiting_seal', // every department agreed; final check and seal at the window
  'completed', // result issued (办结)
  'incomplete', // not accepted: the one-time notice of what is missing was issued (一次性告知)
  'refused', // not accepted (不予受理)
  'rejected', // a department decided against the application (不予许可)
  'withdrawn', // the applicant withdrew
] as const;
export type CaseState = (typeof CASE_STATES)[number];

/** The states a case ends in: nothing happens to it after them. */
export const TERMINAL_STATES: ReadonlySet<CaseState> = new Set([
  'completed',
  'incomplete',
  'refused',
  'rejected',
  'withdrawn',
]);

/** 上报 → 立案/派遣 → 处置 → 核查 → 结案, and the side roads (不予立案, 作废, 挂账, 合并). */
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

/** The states of an event still being worked on (an open list, the deadline sweep, a merge target). */
export const OPEN_EVENT_STATES: readonly EventState[] = ['reported', 'dispatched', 'disposed', 'parked'];
