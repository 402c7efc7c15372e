import type { Field, StoredItem } from './field-store.ts';
import type { HighlightRange } from './types.ts';

/** How an offer's (pos, len) should be read when drawing the highlight. */
export const Mark = {
  none: 0,
  /** A range of the normalised text. */
  text: 1,
  /** A range of the joined pinyin. */
  joined: 2,
  /** A range of the initials (one per syllable). */
  initials: 3,
  /** Every character of the name that also occurs in the query (reordered or fuzzy matches). */
  queryChars: 4,
} as const;
export type MarkMode = (typeof Mark)[keyof typeof Mark];

/** Ranges of item.name to bold, or undefined when the match was not on the name. */
export function highlightOf(
  stored: StoredItem,
  field: Field,
  mode: MarkMode,
  pos: number,
  len: number,
  query: string,
): HighlightRange[] | undefined {
  if (field.kind !== 'name' || mode === Mark.none || len <= 0) return undefined;
  const units: number[] = [];
  if (mode === Mark.text) {
    for (let u = pos; u < pos + len && u < field.text.length; u++) units.push(u);
  } else if (mode === Mark.queryChars) {
    for (let u = 0; u < field.text.length; u++) if (query.includes(field.text[u]!)) units.push(u);
  } else {
    const { joinedStart, textStart } = field.py;
    const syllableAt = (offset: number) => {
      let s = 0;
      while (s + 1 < textStart.length && joinedStart[s + 1]! <= offset) s++;
      return s;
    };
    const first = mode === Mark.joined ? syllableAt(pos) : pos;
    const last = mode === Mark.joined ? syllableAt(pos + len - 1) : pos + len - 1;
    const end = last + 1 < textStart.length ? textStart[last + 1]! : field.text.length;
    for (let u = textStart[first] ?? end; u < end; u++) units.push(u);
  }
  return toRanges(stored, units);
}

/** Normalised character positions → merged ranges of the original name. */
function toRanges(stored: StoredItem, units: number[]): HighlightRange[] | undefined {
  const name = stored.item.name;
  const ranges: HighlightRange[] = [];
  for (const u of units) {
    const start = stored.origin[u];
    if (start === undefined) continue;
    const end = start + ((name.codePointAt(start) ?? 0) > 0xffff ? 2 : 1);
    const last = ranges[ranges.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else ranges.push([start, end]);
  }
  return ranges.length > 0 ? ranges : undefined;
}
