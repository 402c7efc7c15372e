import { queryOptions } from '@tanstack/react-query';
import type {
  Guide as GuideSchema,
  GuideSection as GuideSectionSchema,
  ItemView,
  SearchHit,
} from '@yimen/shared/catalogue';
import type { ItemDefinitionT, MaterialT } from '@yimen/shared/item-definition';
import type { Static } from 'typebox';
import { api } from './client.ts';

/** Shapes of the catalogue API (server/src/modules/catalogue): item search, one item, its guide. */

export type { MatchKind } from '@yimen/shared/catalogue';
export type ItemHit = Static<typeof SearchHit>;
export type ItemMaterial = MaterialT;
export type ItemDefinition = ItemDefinitionT;
export type Item = Static<typeof ItemView>;
export type GuideSection = Static<typeof GuideSectionSchema>;
export type Guide = Static<typeof GuideSchema>;

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
