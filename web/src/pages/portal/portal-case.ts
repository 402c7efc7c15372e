import {
  RATING_INDICATORS,
  RATING_LEVELS,
  type RatingIndicator,
  type RatingLevel,
} from '../../api/applications.ts';
import {
  type CaseEvent,
  type CaseFile,
  type CaseState,
  type CaseView,
  TERMINAL_STATES,
} from '../../api/cases.ts';

/** The applicant may add files while the case waits for pre-review or for their correction. */
const UPLOAD_STATES: ReadonlySet<CaseState> = new Set(['prereview', 'correction']);

/** Uploads are offered only by a server that lists the case's files, and only in those states. */
export const canUpload = (c: Pick<CaseView, 'state'> & Partial<Pick<CaseView, 'files'>>): boolean =>
  c.files !== undefined && UPLOAD_STATES.has(c.state);

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];

/** What sent the case back to the applicant: the last 要求补正 (pre-review) or 退回补正 (a department). */
export function correctionRequest(
  timeline: readonly CaseEvent[],
): { event: CaseEvent; reasons: string[] } | null {
  const event = timeline.findLast((e) => e.action === 'request_correction' || e.action === 'node_return');
  return event ? { event, reasons: strings(event.details?.reasons) } : null;
}

export interface GivenRating {
  level: RatingLevel;
  indicators: RatingIndicator[];
  at: string;
}

/** The applicant's 好差评, from the case's record (one rating per case); null before rating. */
export function givenRating(timeline: readonly CaseEvent[]): GivenRating | null {
  const event = timeline.findLast((e) => e.action === 'rate');
  const level = event?.details?.level;
  if (!event || !RATING_LEVELS.includes(level as RatingLevel)) return null;
  const indicators = strings(event.details?.indicators).filter((x): x is RatingIndicator =>
    (RATING_INDICATORS as readonly string[]).includes(x),
  );
  return { level: level as RatingLevel, indicators, at: event.at };
}

/** The uploaded files of each material, oldest first. */
export function filesByMaterial(files: readonly CaseFile[] = []): Map<string, CaseFile[]> {
  const byMaterial = new Map<string, CaseFile[]>();
  for (const file of [...files].sort((a, b) => a.uploadedAt.localeCompare(b.uploadedAt))) {
    byMaterial.set(file.materialId, [...(byMaterial.get(file.materialId) ?? []), file]);
  }
  return byMaterial;
}

/** An 11-digit mainland China mobile number (spaces and hyphens as people type them are allowed). */
export const isMainlandMobile = (phone: string): boolean => /^1[3-9]\d{9}$/.test(phone.replace(/[\s-]/g, ''));

/** An enterprise agent applies for an enterprise (credit code); a citizen for themselves (ID number). */
export const applicantKindOf = (roles: readonly string[]): 'person' | 'enterprise' =>
  roles.includes('enterprise_agent') ? 'enterprise' : 'person';

export const newestFirst = <T extends { createdAt: string }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

/** For the portal home: cases still running, completed (办结), and waiting for the applicant's correction. */
export function caseCounts(items: readonly { state: CaseState }[]) {
  return {
    running: items.filter((x) => !TERMINAL_STATES.has(x.state)).length,
    completed: items.filter((x) => x.state === 'completed').length,
    correction: items.filter((x) => x.state === 'correction').length,
  };
}
