/** Shapes of the API's answers, as the web client reads them. */

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

export interface Department extends DepartmentRef {
  kind: string;
}

export interface AreaRef {
  code: string;
  name: string;
  level: GeoLevel;
}

export interface Me {
  id: string;
  kind: 'staff' | 'citizen' | 'integration';
  displayName: string;
  username: string | null;
  phoneMasked: string | null;
  roles: string[];
  department: DepartmentRef | null;
  jurisdiction: AreaRef | null;
}

export interface OutboxMessage {
  id: string | number;
  recipient: string;
  kind: string;
  body: string;
  createdAt: string;
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

export interface Staff {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  department: DepartmentRef;
  jurisdiction: AreaRef;
  active: boolean;
  createdAt: string;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export type AuditOutcome = 'success' | 'denied' | 'failure';

export interface AuditEntry {
  id: string | number;
  at: string;
  actorName: string | null;
  actorRoles: string[];
  action: string;
  targetType: string | null;
  targetId: string | null;
  outcome: AuditOutcome;
  clientIp: string | null;
  correlationId: string | null;
  details: unknown;
}
