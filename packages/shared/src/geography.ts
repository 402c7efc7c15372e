import { type Static, Type } from 'typebox';

/** The levels of the district's areas, from the district down to the micro-grid. */
export const GEO_LEVELS = ['district', 'street', 'community', 'grid', 'micro_grid'] as const;

/** Request and response contracts of the geography routes (validation, serialisation and OpenAPI at once). */

const Code = Type.String({
  description: 'Division code: 6 district, 9 street, 12 community, 15 grid, 17 micro-grid digits',
  examples: ['440604010001'],
});
const Level = Type.Enum(GEO_LEVELS, { description: 'district | street | community | grid | micro_grid' });
const AreaRef = Type.Object({ code: Code, name: Type.String() });
const PathStep = Type.Object({ code: Code, name: Type.String(), level: Level });

export const LocateQuery = Type.Object(
  {
    lng: Type.Number({ description: 'Longitude, WGS84 degrees (-180..180)', examples: [113.12] }),
    lat: Type.Number({ description: 'Latitude, WGS84 degrees (-90..90)', examples: [23.02] }),
  },
  { additionalProperties: false },
);
export type LocateQuery = Static<typeof LocateQuery>;

export const LocateResponse = Type.Object({
  district: AreaRef,
  street: AreaRef,
  community: AreaRef,
  grid: AreaRef,
  microGrid: AreaRef,
});
export type LocateResponse = Static<typeof LocateResponse>;

export const AreaParams = Type.Object(
  { code: Type.String({ maxLength: 32 }) },
  { additionalProperties: false },
);
export type AreaParams = Static<typeof AreaParams>;

export const AreaDetail = Type.Object({
  code: Code,
  name: Type.String(),
  level: Level,
  parentCode: Type.Union([Code, Type.Null()]),
  derived: Type.Boolean({ description: 'True when the geometry was computed, not surveyed' }),
  source: Type.String({ description: 'Where the name and geometry came from' }),
  centerLng: Type.Number(),
  centerLat: Type.Number(),
  areaKm2: Type.Number(),
  path: Type.Array(PathStep, { description: 'District first, ending with this area' }),
  childCount: Type.Integer(),
});
export type AreaDetail = Static<typeof AreaDetail>;

export const AreaListQuery = Type.Object(
  {
    level: Type.Optional(Level),
    parent: Type.Optional(
      Type.String({
        maxLength: 32,
        description: 'List the children of this area (with level: its descendants at that level)',
      }),
    ),
  },
  { additionalProperties: false },
);
export type AreaListQuery = Static<typeof AreaListQuery>;

export const AreaListItem = Type.Object({
  code: Code,
  name: Type.String(),
  level: Level,
  parentCode: Type.Union([Code, Type.Null()]),
  derived: Type.Boolean(),
  childCount: Type.Integer(),
});
export const AreaList = Type.Object({ items: Type.Array(AreaListItem) });
export type AreaList = Static<typeof AreaList>;

export const SearchQuery = Type.Object(
  {
    q: Type.String({
      minLength: 1,
      maxLength: 50,
      description: 'A code (or its beginning) or part of a name',
    }),
  },
  { additionalProperties: false },
);
export type SearchQuery = Static<typeof SearchQuery>;

export const SearchResult = Type.Object({
  items: Type.Array(
    Type.Object({ code: Code, name: Type.String(), level: Level, path: Type.Array(PathStep) }),
  ),
});
export type SearchResult = Static<typeof SearchResult>;

export const LayerParams = Type.Object({ level: Level }, { additionalProperties: false });
export type LayerParams = Static<typeof LayerParams>;

/** Documented shape of the GeoJSON layer; the body is sent as a cached string, not re-serialised. */
export const FeatureCollection = Type.Object({
  type: Type.Literal('FeatureCollection'),
  features: Type.Array(
    Type.Object({
      type: Type.Literal('Feature'),
      id: Code,
      properties: Type.Object({
        code: Code,
        name: Type.String(),
        level: Level,
        parentCode: Type.Union([Code, Type.Null()]),
        derived: Type.Boolean(),
        source: Type.String(),
      }),
      geometry: Type.Object({ type: Type.String(), coordinates: Type.Array(Type.Unknown()) }),
    }),
  ),
});
