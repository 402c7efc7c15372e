import { type Static, Type } from 'typebox';

/** 完好 / 破损 / 丢失 / 废弃 / 移除. */
export const COMPONENT_STATUSES = ['intact', 'damaged', 'lost', 'abandoned', 'removed'] as const;

/** Rows a bounding-box query returns by default and at most: enough for a street at map zoom 16. */
export const DEFAULT_LIST_LIMIT = 500;
export const MAX_LIST_LIMIT = 2000;
/** The nearest-components search ("which component did I click?"): radius in metres, at most 20 answers. */
export const DEFAULT_NEAR_RADIUS_M = 50;
export const MAX_NEAR_RADIUS_M = 1000;
export const MAX_NEAR_RESULTS = 20;

/** Request and response contracts of /components (validation, serialisation and OpenAPI at once). */

const Status = Type.Enum(COMPONENT_STATUSES, {
  description: 'intact 完好 | damaged 破损 | lost 丢失 | abandoned 废弃 | removed 移除',
});
// Five digits here; whether it is a component class is checked by the service, so the error can say so.
const ClassCode = Type.String({
  pattern: '^\\d{5}$',
  description: 'Component minor class (01001–05004), e.g. 01001 上水井盖',
});

export const ComponentIdParams = Type.Object(
  {
    id: Type.String({
      minLength: 1,
      maxLength: 64,
      description: '17 digits: district (6) + class (5) + serial (6)',
      examples: ['44060401001000001'],
    }),
  },
  { additionalProperties: false },
);

export const ComponentListQuery = Type.Object(
  {
    bbox: Type.Optional(
      Type.String({
        maxLength: 200,
        description:
          'minLng,minLat,maxLng,maxLat in WGS84 degrees; required unless grid is given; at most the district’s extent',
        examples: ['113.10,23.02,113.12,23.04'],
      }),
    ),
    class: Type.Optional(ClassCode),
    status: Type.Optional(Status),
    grid: Type.Optional(
      Type.String({
        pattern: '^(\\d{9}|\\d{12}|\\d{15}|\\d{17})$',
        description: 'Only components in this street, community, grid or micro-grid',
      }),
    ),
    limit: Type.Integer({ minimum: 1, maximum: MAX_LIST_LIMIT, default: DEFAULT_LIST_LIMIT }),
  },
  { additionalProperties: false },
);
export type ComponentListQuery = Static<typeof ComponentListQuery>;

export const ComponentNearQuery = Type.Object(
  {
    lng: Type.Number({ minimum: -180, maximum: 180, description: 'Longitude, WGS84 degrees' }),
    lat: Type.Number({ minimum: -90, maximum: 90, description: 'Latitude, WGS84 degrees' }),
    radius: Type.Number({
      exclusiveMinimum: 0,
      maximum: MAX_NEAR_RADIUS_M,
      default: DEFAULT_NEAR_RADIUS_M,
      description: 'Metres',
    }),
    class: Type.Optional(ClassCode),
    limit: Type.Integer({ minimum: 1, maximum: MAX_NEAR_RESULTS, default: MAX_NEAR_RESULTS }),
  },
  { additionalProperties: false },
);
export type ComponentNearQuery = Static<typeof ComponentNearQuery>;

export const ComponentStatusBody = Type.Object(
  {
    status: Status,
    note: Type.Optional(
      Type.String({ minLength: 1, maxLength: 500, description: 'Why; kept in the audit trail' }),
    ),
  },
  { additionalProperties: false },
);
export type ComponentStatusBody = Static<typeof ComponentStatusBody>;

export const ComponentItem = Type.Object({
  id: Type.String(),
  classCode: Type.String(),
  className: Type.String({ description: 'e.g. 上水井盖' }),
  status: Status,
  ownerUnit: Type.String({ description: 'Department id of the owner (权属单位)' }),
  maintenanceUnit: Type.String({ description: 'Department id of the maintainer (养护单位)' }),
  lng: Type.Number(),
  lat: Type.Number(),
  gridCode: Type.String(),
  microGridCode: Type.String(),
  address: Type.Union([Type.String(), Type.Null()]),
});
export type ComponentItem = Static<typeof ComponentItem>;

export const ComponentView = Type.Object({
  ...ComponentItem.properties,
  classNameEn: Type.String(),
  ownerUnitName: Type.Union([Type.String(), Type.Null()]),
  maintenanceUnitName: Type.Union([Type.String(), Type.Null()]),
  synthetic: Type.Boolean(),
  updatedAt: Type.String(),
});
export type ComponentView = Static<typeof ComponentView>;

export const ComponentList = Type.Object({
  items: Type.Array(ComponentItem),
  total: Type.Integer({ description: 'All matching components; more than items.length when truncated' }),
  truncated: Type.Boolean({ description: 'True when limit cut the list: zoom in or filter by class' }),
});
export type ComponentList = Static<typeof ComponentList>;

export const ComponentNearList = Type.Object({
  items: Type.Array(
    Type.Object({ ...ComponentItem.properties, distanceM: Type.Number({ description: 'Metres' }) }),
    { description: 'Nearest first' },
  ),
});
export type ComponentNearList = Static<typeof ComponentNearList>;

export const ComponentEnvelope = Type.Object({ component: ComponentView });
