import {
  LIMIT_STAGES,
  type LimitStage,
  type MajorClass,
  type TaxonomyDocument,
  type TaxonomyMinor,
  type TaxonomyProblem,
  type TimeLimit,
} from '../../../api/governance.ts';

/** A minor class while the taxonomy is edited; `key` stays with it whatever its code becomes. */
export interface MinorDraft {
  key: string;
  minor: TaxonomyMinor;
  /** Added here, not yet saved. */
  isNew: boolean;
}

/** Where a problem is: `minors.12.limits.dispose.amount` → the 13th minor sent, at `limits.dispose.amount`. */
export function parseProblemField(
  field: string,
): { collection: 'majors' | 'minors'; index: number; path: string } | null {
  const m = /^(majors|minors)\.(\d+)(?:\.(.+))?$/.exec(field);
  if (!m) return null;
  return { collection: m[1] as 'majors' | 'minors', index: Number(m[2]), path: m[3] ?? '' };
}

export interface MinorProblem {
  /** The field inside the minor, e.g. `name` or `limits.dispose.amount`; '' for the class as a whole. */
  path: string;
  message: string;
}

/**
 * The problems of a refused taxonomy, put on the minors they name by the keys of the minors in the order they
 * were sent (so that they stay right while the list is edited further); the rest (majors) apart.
 */
export function problemsByMinor(
  problems: readonly TaxonomyProblem[],
  sentKeys: readonly string[],
): { byKey: Record<string, MinorProblem[]>; other: TaxonomyProblem[] } {
  const byKey: Record<string, MinorProblem[]> = {};
  const other: TaxonomyProblem[] = [];
  for (const problem of problems) {
    const at = parseProblemField(problem.field);
    const key = at?.collection === 'minors' ? sentKeys[at.index] : undefined;
    if (!at || key === undefined) {
      other.push(problem);
      continue;
    }
    byKey[key] = [...(byKey[key] ?? []), { path: at.path, message: problem.message }];
  }
  return { byKey, other };
}

/**
 * The form field of the minor editor a problem belongs to: `limits.dispose` (a missing limit) and
 * `limits.dispose.amount` both go to the amount; fields the editor does not show give null.
 */
export function editorFieldOf(path: string): (string | number)[] | null {
  const [head, stage, part] = path.split('.');
  if (
    head === 'name' ||
    head === 'nameEn' ||
    head === 'defaultSeverity' ||
    head === 'keywords' ||
    head === 'code'
  )
    return [head];
  if (head === 'limits' && LIMIT_STAGES.includes(stage as LimitStage))
    return ['limits', stage!, part === 'unit' ? 'unit' : 'amount'];
  return null;
}

/** The next free code under a major: its two digits and one more than the highest sequence in use; null when full. */
export function nextMinorCode(minors: readonly { code: string }[], majorCode: string): string | null {
  let highest = 0;
  for (const { code } of minors) {
    if (code.length === 5 && code.startsWith(majorCode))
      highest = Math.max(highest, Number(code.slice(2)) || 0);
  }
  return highest >= 999 ? null : `${majorCode}${String(highest + 1).padStart(3, '0')}`;
}

/** A new class's limits until someone sets them: desk work in an hour, disposal in a working day, a check in two hours. */
export const DEFAULT_LIMITS: Record<LimitStage, TimeLimit> = {
  accept: { amount: 1, unit: 'working_hours' },
  dispatch: { amount: 1, unit: 'working_hours' },
  dispose: { amount: 1, unit: 'working_days' },
  verify: { amount: 2, unit: 'working_hours' },
};

export const newMinor = (major: MajorClass, code: string): TaxonomyMinor => ({
  code,
  name: '',
  nameEn: '',
  majorCode: major.code,
  kind: major.kind,
  defaultSeverity: 'general',
  keywords: [],
  limits: structuredClone(DEFAULT_LIMITS),
});

/** Files a minor with its major in code order (or at the end for a major without minors), keeping the document grouped. */
export function insertMinor(drafts: readonly MinorDraft[], draft: MinorDraft): MinorDraft[] {
  const { majorCode, code } = draft.minor;
  let at = drafts.findIndex((d) => d.minor.majorCode === majorCode && d.minor.code > code);
  if (at < 0) {
    at = drafts.length;
    drafts.forEach((d, i) => {
      if (d.minor.majorCode === majorCode) at = i + 1;
    });
  }
  return [...drafts.slice(0, at), draft, ...drafts.slice(at)];
}

/** Puts back minors deleted in this edit (e.g. those the server says events are filed under), where they were. */
export function restoreMinors(drafts: readonly MinorDraft[], removed: readonly MinorDraft[]): MinorDraft[] {
  let result = [...drafts];
  for (const draft of removed)
    if (!result.some((d) => d.key === draft.key)) result = insertMinor(result, draft);
  return result;
}

/** The document to save: the majors as they are, the minors in the order of the drafts. */
export const toDocument = (
  majors: readonly MajorClass[],
  drafts: readonly MinorDraft[],
): TaxonomyDocument => ({
  majors: [...majors],
  minors: drafts.map((d) => d.minor),
});

/** Keywords as typed: split on commas, 顿号 and spaces, trimmed, without blanks or repeats. */
export function cleanKeywords(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const word of words.flatMap((w) => w.split(/[,，、\s]+/))) {
    const trimmed = word.trim();
    if (trimmed && !out.includes(trimmed)) out.push(trimmed);
  }
  return out;
}

/** Whether a minor differs from how it was saved. */
export const minorChanged = (minor: TaxonomyMinor, saved: TaxonomyMinor | undefined): boolean =>
  !saved || JSON.stringify(minor) !== JSON.stringify(saved);

/** Whether what someone typed matches a minor: code, either name or a keyword. */
export function minorMatches(minor: TaxonomyMinor, input: string): boolean {
  const text = `${minor.code} ${minor.name} ${minor.nameEn} ${minor.keywords.join(' ')}`.toLowerCase();
  return input
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => text.includes(word));
}
