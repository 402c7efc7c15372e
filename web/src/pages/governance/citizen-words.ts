import { GOV_ACTIONS } from '@yimen/shared/event-actions';
import { asEventState, type Bilingual, type EventLogEntry, type EventState } from '../../api/governance.ts';

/** The steps a reporter is told about, each with its own sentence (govStep.* in the dictionaries). */
const TOLD = new Set<string>(['report', ...GOV_ACTIONS, 'photo']);

/**
 * The timeline without repeats a reporter does not need: several photos added one after another are one step
 * ("补充了 3 张照片"), counted in `photos`.
 */
export function collapsePhotos(timeline: readonly EventLogEntry[]): (EventLogEntry & { photos?: number })[] {
  const out: (EventLogEntry & { photos?: number })[] = [];
  for (const entry of timeline) {
    const last = out[out.length - 1];
    if (entry.action === 'photo' && last?.action === 'photo') last.photos = (last.photos ?? 1) + 1;
    else out.push(entry.action === 'photo' ? { ...entry, photos: 1 } : entry);
  }
  return out;
}

export interface CitizenStep {
  /** The sentence's key after `govStep.`; `other` for what the reporter has no sentence for. */
  step: string;
  /** The state it led to, for steps without their own sentence. */
  to: EventState | null;
  /** Reasons, the unit's note or the routing reason, in the reader's language. */
  detail: string | null;
  rating: number | null;
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];

const isBilingual = (value: unknown): value is Bilingual =>
  typeof value === 'object' && value !== null && 'zh' in value && 'en' in value;

/**
 * One timeline entry told the way a reporter reads it: what happened to their report, and why. Internal details
 * (who in which unit, rule ids, suggestions) stay out.
 */
export function citizenStep(entry: EventLogEntry, lang: 'zh' | 'en'): CitizenStep {
  const details = entry.details ?? {};
  const reasons = strings(details.reasons);
  const routing = isBilingual(details.routing) ? details.routing[lang] : null;
  const note = typeof details.note === 'string' && details.note.trim() ? details.note.trim() : null;
  const detail = reasons.length > 0 ? reasons.join(lang === 'zh' ? '；' : '; ') : (note ?? routing);
  return {
    step: TOLD.has(entry.action) ? entry.action : 'other',
    to: entry.to === null ? null : asEventState(entry.to),
    detail: entry.action === 'supervise' ? null : detail,
    rating: typeof details.rating === 'number' ? details.rating : null,
  };
}
