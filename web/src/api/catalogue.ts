import { queryOptions } from '@tanstack/react-query';
import type { DeliveryMethod, HandlingType, Necessity } from './cases.ts';
import { api } from './client.ts';

/** Shapes of the catalogue API (server/src/modules/catalogue): item search, one item, its guide. */

/** How the query matched: the item's name, a colloquial keyword, pinyin, initials, a near miss, or the code. */
export type MatchKind = 'name' | 'keyword' | 'pinyin' | 'initials' | 'fuzzy' | 'code';

export interface ItemHit {
  code: string;
  name: string;
  score: number;
  matched: MatchKind;
  /** Half-open [start, end) ranges of `name` to bold. */
  highlight?: [number, number][];
  departmentId: string;
  handlingType: HandlingType;
  serviceObjects: string[];
  /** Set when the query found nothing and this is one of the items closest to its parts. */
  suggestion?: boolean;
}

export interface ItemMaterial {
  id: string;
  name: string;
  necessity: Necessity;
  condition?: string;
}

/** The part of an ItemDefinition the screens read (server/src/modules/catalogue/item-definition.ts). */
export interface ItemDefinition {
  name: string;
  handlingType: HandlingType;
  serviceObjects: string[];
  departmentId: string;
  promisedLimitDays: number;
  legalLimitDays: number;
  acceptConditions: { id: string; text: string }[];
  materials: ItemMaterial[];
  trustFirst: boolean;
  /** 送达方式 the item offers for its result. */
  deliveryMethods: DeliveryMethod[];
}

export interface Item {
  code: string;
  name: string;
  version: number | null;
  status: 'draft' | 'published' | 'retired';
  departmentId: string;
  usageCount: number;
  definition: ItemDefinition;
}

export interface GuideSection {
  key: string;
  heading: string;
  kind: 'fields' | 'list' | 'table';
  fields?: { label: string; value: string }[];
  items?: string[];
  columns?: string[];
  rows?: string[][];
  note?: string;
}

export interface Guide {
  code: string;
  name: string;
  version: number | null;
  status: 'draft' | 'published' | 'retired';
  sections: GuideSection[];
  /** Whether it can be applied for online (网上办理深度 3–4, and not an item that needs every party in person). */
  onlineApplication: boolean;
  /** The blank forms (空白表格) its materials name. */
  blankForms: { materialId: string; name: string }[];
}

const itemPath = (code: string) => `/api/v1/items/${encodeURIComponent(code)}`;

/** `serviceObject` 1 = natural persons, 2 = enterprises (服务对象). */
/** Query keys of the published catalogue: searches, one item (optionally one version) and its guide. */
export const catalogueKeys = {
  all: ['catalogue'] as const,
  search: (q: string, limit: number, serviceObject: string) =>
    ['catalogue', 'search', q, limit, serviceObject] as const,
  find: (q: string, limit: number, prefer: string) => ['catalogue', 'find', q, limit, prefer] as const,
  item: (code: string, version?: number) => ['catalogue', 'item', code, version ?? null] as const,
  guide: (code: string) => ['catalogue', 'guide', code] as const,
};

export const searchItems = (q: string, limit: number, serviceObject: '1' | '2', signal?: AbortSignal) =>
  api.get<{ items: ItemHit[] }>('/api/v1/items', { q, limit, serviceObject }, signal).then((r) => r.items);

/** The public search: `prefer` 1 (个人) or 2 (法人) ranks that audience first and keeps the others. */
export const findItems = (q: string, limit: number, prefer: '1' | '2', signal?: AbortSignal) =>
  api.get<{ items: ItemHit[] }>('/api/v1/items', { q, limit, prefer }, signal).then((r) => r.items);

/** The current published version, or `version` (a case's own version). */
export const getItem = (code: string, signal?: AbortSignal, version?: number) =>
  api.get<{ item: Item }>(itemPath(code), { version }, signal).then((r) => r.item);

export const getGuide = (code: string, signal?: AbortSignal) =>
  api.get<{ guide: Guide }>(`${itemPath(code)}/guide`, undefined, signal).then((r) => r.guide);

/** Where a blank form (空白表格) of a published item downloads, as a PDF. */
export const blankFormUrl = (code: string, materialId: string) =>
  `${itemPath(code)}/forms/${encodeURIComponent(materialId)}`;

/** One published item (its current version unless `version` names another). */
export const itemQuery = (code: string, version?: number) =>
  queryOptions({
    queryKey: catalogueKeys.item(code, version),
    queryFn: ({ signal }) => getItem(code, signal, version),
  });

/** The published guide (办事指南) of an item. */
export const guideQuery = (code: string) =>
  queryOptions({ queryKey: catalogueKeys.guide(code), queryFn: ({ signal }) => getGuide(code, signal) });
