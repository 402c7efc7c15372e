/** Shapes of the API's answers, as the web client reads them; those the server's contract states come from it. */
import type { AuditItem } from '@yimen/shared/audit';
import type { DemoOutboxT, StaffView } from '@yimen/shared/identity';

export type { AuditOutcome } from '@yimen/shared/audit';
export type { Me } from '@yimen/shared/identity';
/** A staff account; its jurisdiction's level is one of GEO_LEVELS (the contract states it as a string). */
export type Staff = Omit<StaffView, 'jurisdiction'> & { jurisdiction: AreaRef };
export type OutboxMessage = DemoOutboxT['messages'][number];
export type AuditEntry = AuditItem;

export const GEO_LEVELS = ['district', 'street', 'community', 'grid', 'micro_grid'] as const;
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

export interface AreaDetail extends AreaRef {
  parentCode: string | null;
  derived: boolean;
  source: string | null;
  centerLng: number | null;
  centerLat: number | null;
  areaKm2: number | null;
  path: AreaRef[];
  childCount: number;
}

export interface AreaListItem extends AreaRef {
  parentCode: string | null;
  derived: boolean;
  childCount: number;
}

export interface AreaSearchItem extends AreaRef {
  path: AreaRef[];
}

export interface AreaFeatureProperties {
  code: string;
  name: string;
  level: GeoLevel;
  parentCode: string | null;
  derived: boolean;
  source: string | null;
}

export interface FeatureCollection {
  type: 'FeatureCollection';
  features: {
    type: 'Feature';
    properties: AreaFeatureProperties;
    geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
  }[];
}

export interface Page<T> {
  items: T[];
  total: number;
}
