import type { MatchKind } from '@yimen/shared/catalogue';
import type { SERVICE_OBJECTS } from '../item-definition.ts';

/** What the search index needs of one published item; the rest of the definition stays in the catalogue. */
export interface SearchableItem {
  /** 实施编码, the item's identity in this district. */
  code: string;
  /** 基本编码; optional because several sub-items may share it and clerks rarely type it. */
  basicCode?: string;
  name: string;
  /** Colloquial words people use for the item ("上户口", "开饭店"). */
  keywords: string[];
  departmentId: string;
  serviceObjects: string[];
  handlingType: 'instant' | 'commitment';
  /** Cases opened under this item so far; breaks ties between equally relevant items. */
  usageCount: number;
}

export type ServiceObjectCode = keyof typeof SERVICE_OBJECTS;

/** Which kind of evidence ranked the item where it is (the strongest one, when several matched). */
export type { MatchKind };

/** A half-open [start, end) range of UTF-16 offsets into the item's `name`, for bolding in a result list. */
export type HighlightRange = [start: number, end: number];

export interface SearchHit {
  code: string;
  name: string;
  /** Relevance tier score plus a small usage term; only the order is meaningful. */
  score: number;
  matched: MatchKind;
  /** Parts of `name` the query matched; absent when the match was on a keyword or the code. */
  highlight?: HighlightRange[];
}

export interface SearchOptions {
  /** At most this many hits (default 20, at most 100). */
  limit?: number;
  /** Only items serving this 服务对象 (1 自然人, 2 企业法人 …). */
  serviceObject?: ServiceObjectCode;
}

export interface ItemSearchIndex {
  /** Best hits first; an empty or blank query gives []. Queries longer than 50 characters are cut. */
  search(q: string, opts?: SearchOptions): SearchHit[];
  /** Adds the item, or replaces the one with the same code (its usageCount replaces the indexed one). */
  update(item: SearchableItem): void;
  /** Drops the item; false when no item has that code. */
  remove(code: string): boolean;
  /** Counts one more use (or `by` more) of the item; unknown codes are ignored. */
  bumpUsage(code: string, by?: number): void;
  readonly size: number;
}
