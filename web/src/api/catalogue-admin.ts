import { queryOptions } from '@tanstack/react-query';
import type {
  AdminItemView,
  CatalogueListQueryT,
  CatalogueListRow,
  ImportResultT,
  ItemHistoryT,
  ItemStatusT,
} from '@yimen/shared/catalogue';
import type { ItemDefinitionT, MaterialT, ProcessNodeT, ProcessStageT } from '@yimen/shared/item-definition';
import type { Static } from 'typebox';
import type { Guide } from './catalogue.ts';
import { api } from './client.ts';

/** Shapes of the catalogue administration API (server/src/modules/catalogue/catalogue.routes.ts). */

export type ItemStatus = ItemStatusT;
export type DefinitionMaterial = MaterialT;
export type DefinitionNode = ProcessNodeT;
export type DefinitionStage = ProcessStageT;
/** The whole item definition as the server keeps it; the editor sends it back whole. */
export type FullDefinition = ItemDefinitionT;
export type CatalogueRow = Static<typeof CatalogueListRow>;
export type AdminItem = Static<typeof AdminItemView>;
export type ItemHistory = ItemHistoryT;
/** `row`: where the item is in the file, e.g. 事项!A7. */
export type ImportResult = ImportResultT;
/** The list's filter, as the list's query schema states it. */
export type CatalogueFilter = CatalogueListQueryT;

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The workbook download: a plain link, so the browser saves it with the server's file name. */
export const CATALOGUE_XLSX_URL = '/api/v1/catalogue/export.xlsx';

const at = (code: string, rest = '') => `/api/v1/catalogue/items/${encodeURIComponent(code)}${rest}`;

/** Query keys of the catalogue's administration: the list per filter, one item, its draft guide, its history. */
export const catalogueAdminKeys = {
  all: ['catalogue-admin'] as const,
  list: (filter: CatalogueFilter) => ['catalogue-admin', 'list', filter] as const,
  item: (code: string) => ['catalogue-admin', 'item', code] as const,
  draftGuide: (code: string) => ['catalogue-admin', 'item', code, 'draft-guide'] as const,
  history: (code: string) => ['catalogue-admin', 'item', code, 'history'] as const,
};

export const listCatalogue = (filter: CatalogueFilter, signal?: AbortSignal) =>
  api.get<{ items: CatalogueRow[]; total: number }>('/api/v1/catalogue/items', { ...filter }, signal);

export const getAdminItem = (code: string, signal?: AbortSignal) =>
  api.get<{ item: AdminItem }>(at(code), undefined, signal).then((r) => r.item);

export const createCatalogueItem = (definition: FullDefinition) =>
  api.post<{ item: AdminItem }>('/api/v1/catalogue/items', definition).then((r) => r.item);

export const saveDraft = (code: string, definition: FullDefinition) =>
  api.put<{ item: AdminItem }>(at(code, '/draft'), definition).then((r) => r.item);

export const publishCatalogueItem = (code: string) =>
  api.post<{ item: AdminItem }>(at(code, '/publish')).then((r) => r.item);

export const retireCatalogueItem = (code: string) =>
  api.post<{ item: AdminItem }>(at(code, '/retire')).then((r) => r.item);

export const getDraftGuide = (code: string, signal?: AbortSignal) =>
  api.get<{ guide: Guide }>(at(code, '/draft/guide'), undefined, signal).then((r) => r.guide);

export const getItemHistory = (code: string, signal?: AbortSignal) =>
  api.get<ItemHistory>(at(code, '/versions'), undefined, signal);

export const importCatalogueXlsx = (file: Blob) =>
  api.uploadRaw<ImportResult>('/api/v1/catalogue/import', new Blob([file], { type: XLSX_TYPE }));

/** The guide the draft would publish (the administrators' preview). */
export const draftGuideQuery = (code: string) =>
  queryOptions({
    queryKey: catalogueAdminKeys.draftGuide(code),
    queryFn: ({ signal }) => getDraftGuide(code, signal),
  });
