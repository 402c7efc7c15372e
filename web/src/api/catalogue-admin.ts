import { queryOptions } from '@tanstack/react-query';
import type { Guide } from './catalogue.ts';
import { api } from './client.ts';

/** Shapes of the catalogue administration API (server/src/modules/catalogue/catalogue.routes.ts). */

export type ItemStatus = 'draft' | 'published' | 'retired';

export interface DefinitionMaterial {
  id: string;
  name: string;
  originalOrCopy: 'original' | 'copy' | 'original_and_copy';
  form: 'paper' | 'electronic' | 'paper_or_electronic';
  necessity: 'required' | 'conditional' | 'optional';
  condition?: string;
  source: 'applicant' | 'government' | 'intermediary';
  sourceNote?: string;
  copies: number;
  blankForm?: string;
  sample?: string;
  note?: string;
}

export interface DefinitionNode {
  id: string;
  name: string;
  departmentId: string;
  limitDays: number;
  checklist: { id: string; text: string }[];
}

export interface DefinitionStage {
  id: string;
  name: string;
  nodes: DefinitionNode[];
}

/** The whole item definition as the server keeps it (item-definition.ts); the editor sends it back whole. */
export interface FullDefinition {
  name: string;
  basicCode: string;
  implementationCode: string;
  level: 'item' | 'sub_item' | 'handling';
  parentCode?: string;
  handlingKind?: 'new' | 'change' | 'renew' | 'cancel';
  itemType: string;
  serviceObjects: string[];
  departmentId: string;
  legalBasis: string[];
  acceptConditions: { id: string; text: string }[];
  materials: DefinitionMaterial[];
  verifications: unknown[];
  stages: DefinitionStage[];
  legalLimitDays: number;
  promisedLimitDays: number;
  handlingType: 'instant' | 'commitment';
  fees: { name: string; amountYuan: number; basis?: string }[];
  result: { name: string; type: string };
  deliveryMethods: ('pickup' | 'mail' | 'online')[];
  onlineDepth: number;
  visitsRequired: number;
  scope: 'district' | 'city' | 'province' | 'cross_province' | 'national';
  trustFirst: boolean;
  keywords: string[];
  source: string;
}

export interface CatalogueRow {
  code: string;
  name: string;
  status: ItemStatus;
  version: number | null;
  department: { id: string; nameZh: string };
  handlingType: string;
  serviceObjects: string[];
  synthetic: boolean;
  hasUnpublishedChanges: boolean;
  updatedAt: string;
}

export interface AdminItem {
  code: string;
  name: string;
  status: ItemStatus;
  version: number | null;
  departmentId: string;
  usageCount: number;
  synthetic: boolean;
  hasUnpublishedChanges: boolean;
  updatedAt: string;
  definition: FullDefinition;
}

type Person = { id: string; name: string } | null;

export interface ItemHistory {
  code: string;
  status: ItemStatus;
  currentVersion: number | null;
  draft: { name: string; updatedAt: string; updatedBy: Person } | null;
  versions: { version: number; name: string; current: boolean; publishedAt: string; publishedBy: Person }[];
}

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  /** `row`: where the item is in the file, e.g. 事项!A7. */
  items: { code: string; outcome: 'created' | 'updated' | 'unchanged'; row: string }[];
}

export interface CatalogueFilter {
  q?: string;
  department?: string;
  status?: ItemStatus;
  page: number;
  pageSize: number;
}

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
