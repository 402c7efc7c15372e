import type { Collector } from './collector.ts';
import type { FieldStore } from './field-store.ts';
import type { Tally } from './postings.ts';

/** What every matcher works with: the index, two reusable tallies, and where offers go. */
export interface MatchContext {
  readonly store: FieldStore;
  /** Query characters (or letter pairs) shared per field. */
  readonly chars: Tally;
  /** Query character pairs shared per field. */
  readonly pairs: Tally;
  readonly out: Collector;
}

/** Share of `part` in `whole`, capped at 1: how much of the matched text the query accounts for. */
export const coverage = (part: number, whole: number): number => (whole > 0 ? Math.min(1, part / whole) : 0);
