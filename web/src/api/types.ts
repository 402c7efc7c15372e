/** Shapes of the API's answers, as the web client reads them; those the server's contract states come from it. */
import type { AuditItem } from '@yimen/shared/audit';
import {
  type AreaDetail as AreaDetailSchema,
  type AreaListItem as AreaListItemSchema,
  type FeatureCollection as FeatureCollectionSchema,
  GEO_LEVELS,
  type SearchResult,
} from '@yimen/shared/geography';
import type { DemoOutboxT, StaffView } from '@yimen/shared/identity';
import type { Static } from 'typebox';

export type { AuditOutcome } from '@yimen/shared/audit';
export type { Me } from '@yimen/shared/identity';
/** A staff account; its jurisdiction's level is one of GEO_LEVELS (the contract states it as a string). */
export type Staff = Omit<StaffView, 'jurisdiction'> & { jurisdiction: AreaRef };
export type OutboxMessage = DemoOutboxT['messages'][number];
export type AuditEntry = AuditItem;

export { GEO_LEVELS };
export type GeoLevel = (typeof GEO_LEVELS)[number];
/** The levels drawn as map layers (the district is the outline under every layer). */
export const MAP_LAYERS = [
  'street',
  'community',
  'grid',
  'micro_grid',
] as const satisfies readonly GeoLevel[];
export type MapLayer = (typeof MAP_LAYERS)[number];

export interface DepartmentRef {
  id: string;
  nameZh: string;
  nameEn: string;
}

/** A department as GET /departments lists it: the server's contract (@yimen/shared/organisation). */
export type { Department } from '@yimen/shared/organisation';

export interface AreaRef {
  code: string;
  name: string;
  level: GeoLevel;
}

export type AreaDetail = Static<typeof AreaDetailSchema>;
export type AreaListItem = Static<typeof AreaListItemSchema>;
export type AreaSearchItem = Static<typeof SearchResult>['items'][number];
export type FeatureCollection = Static<typeof FeatureCollectionSchema>;
export type AreaFeatureProperties = FeatureCollection['features'][number]['properties'];

export interface Page<T> {
  items: T[];
  total: number;
}
