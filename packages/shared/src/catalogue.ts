import { type Static, Type } from 'typebox';
import { Time } from './common.ts';
import { ItemDefinition, SERVICE_OBJECTS } from './item-definition.ts';

/** 实施编码 travel in URLs, so they are restricted to URL-safe characters (see item-rules.ts). */
export const ITEM_CODE_PATTERN = '^[0-9A-Za-z][0-9A-Za-z._-]{0,59}$';

export const ItemStatus = Type.Union([
  Type.Literal('draft'),
  Type.Literal('published'),
  Type.Literal('retired'),
]);
export type ItemStatusT = Static<typeof ItemStatus>;

export const ItemCodeParams = Type.Object(
  { code: Type.String({ pattern: ITEM_CODE_PATTERN, description: '实施编码' }) },
  { additionalProperties: false },
);

export const ItemVersionQuery = Type.Object(
  { version: Type.Optional(Type.Integer({ minimum: 1, description: 'an older published version' })) },
  { additionalProperties: false },
);

/** A published version as everyone reads it (administrators also see never-published drafts, version null). */
export const ItemView = Type.Object({
  code: Type.String(),
  name: Type.String(),
  version: Type.Union([Type.Integer(), Type.Null()]),
  status: ItemStatus,
  departmentId: Type.String(),
  usageCount: Type.Integer(),
  publishedAt: Type.Union([Time, Type.Null()], {
    description: 'when this version was published; null for a never-published draft',
  }),
  definition: ItemDefinition,
});
export type ItemViewT = Static<typeof ItemView>;

/** The administrators' working copy: the draft, and whether it differs from the current version. */
export const AdminItemView = Type.Object({
  code: Type.String(),
  name: Type.String(),
  status: ItemStatus,
  version: Type.Union([Type.Integer(), Type.Null()], {
    description: 'current published version, null before the first publication',
  }),
  departmentId: Type.String(),
  usageCount: Type.Integer(),
  synthetic: Type.Boolean(),
  hasUnpublishedChanges: Type.Boolean(),
  updatedAt: Type.String(),
  definition: ItemDefinition,
});

export const CatalogueListQuery = Type.Object(
  {
    status: Type.Optional(ItemStatus),
    department: Type.Optional(Type.String({ maxLength: 32 })),
    serviceObject: Type.Optional(Type.Union(Object.keys(SERVICE_OBJECTS).map((k) => Type.Literal(k)))),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'part of the name or code' })),
    page: Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
  },
  { additionalProperties: false },
);
export type CatalogueListQueryT = Static<typeof CatalogueListQuery>;

export const CatalogueListRow = Type.Object({
  code: Type.String(),
  name: Type.String(),
  status: ItemStatus,
  version: Type.Union([Type.Integer(), Type.Null()]),
  department: Type.Object({ id: Type.String(), nameZh: Type.String() }),
  handlingType: Type.String(),
  serviceObjects: Type.Array(Type.String()),
  synthetic: Type.Boolean(),
  hasUnpublishedChanges: Type.Boolean(),
  updatedAt: Type.String(),
});

export const CatalogueList = Type.Object({ items: Type.Array(CatalogueListRow), total: Type.Integer() });

/** One section of a 办事指南 page; `kind` says which of the optional parts it fills. */
export const GuideSection = Type.Object({
  key: Type.String(),
  heading: Type.String(),
  kind: Type.Union([Type.Literal('fields'), Type.Literal('list'), Type.Literal('table')]),
  fields: Type.Optional(Type.Array(Type.Object({ label: Type.String(), value: Type.String() }))),
  items: Type.Optional(Type.Array(Type.String())),
  columns: Type.Optional(Type.Array(Type.String())),
  rows: Type.Optional(Type.Array(Type.Array(Type.String()))),
  note: Type.Optional(Type.String()),
});
export type GuideSectionT = Static<typeof GuideSection>;

export const Guide = Type.Object({
  code: Type.String(),
  name: Type.String(),
  version: Type.Union([Type.Integer(), Type.Null()]),
  status: ItemStatus,
  sections: Type.Array(GuideSection),
  /** Whether the item can be applied for online (网上办理深度 3–4 and not one that needs every party in person). */
  onlineApplication: Type.Boolean(),
  /** The blank forms (空白表格) its materials name, each downloadable at /items/{code}/forms/{materialId}. */
  blankForms: Type.Array(Type.Object({ materialId: Type.String(), name: Type.String() })),
});
export type GuideT = Static<typeof Guide>;

export const ImportResult = Type.Object({
  created: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
  items: Type.Array(
    Type.Object({
      code: Type.String(),
      outcome: Type.Union([Type.Literal('created'), Type.Literal('updated'), Type.Literal('unchanged')]),
      row: Type.String({
        description: 'where the item is in the file: its row (事项!A7) or its index (items.5)',
      }),
    }),
  ),
});
export type ImportResultT = Static<typeof ImportResult>;

/** An item definition as stored (a draft may still be incomplete): passed through whole. */
const StoredDefinition = Type.Object({}, { additionalProperties: true, description: 'An item definition' });

/** The whole catalogue as a file: drafts to edit and import again, and the published versions for reading. */
export const CatalogueExport = Type.Object({
  format: Type.Literal('yimen.catalogue'),
  formatVersion: Type.Integer(),
  districtCode: Type.String(),
  exportedAt: Type.String({ format: 'date-time' }),
  items: Type.Array(StoredDefinition, { description: 'Every item as its draft stands' }),
  published: Type.Array(
    Type.Object({
      code: Type.String(),
      status: ItemStatus,
      version: Type.Integer(),
      publishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
      definition: StoredDefinition,
    }),
  ),
});

/** Who did it; null for the seed. */
const Person = Type.Union([Type.Object({ id: Type.String(), name: Type.String() }), Type.Null()]);

/** The history of one item: every published version, and the draft when it differs from the current one. */
export const ItemHistory = Type.Object({
  code: Type.String(),
  status: ItemStatus,
  currentVersion: Type.Union([Type.Integer(), Type.Null()]),
  draft: Type.Union([
    Type.Object({
      name: Type.String(),
      updatedAt: Type.String(),
      updatedBy: Person,
    }),
    Type.Null(),
  ]),
  versions: Type.Array(
    Type.Object({
      version: Type.Integer(),
      name: Type.String(),
      current: Type.Boolean(),
      publishedAt: Type.String(),
      publishedBy: Person,
    }),
  ),
});
export type ItemHistoryT = Static<typeof ItemHistory>;

export const ItemEnvelope = Type.Object({ item: ItemView });
export const AdminItemEnvelope = Type.Object({ item: AdminItemView });
export const GuideEnvelope = Type.Object({ guide: Guide });

export const BlankFormParams = Type.Object(
  {
    code: ItemCodeParams.properties.code,
    materialId: Type.String({ pattern: '^[a-z][a-z0-9_]{0,47}$', description: 'the material' }),
  },
  { additionalProperties: false },
);

/** How a query matched an item: its name, a colloquial keyword, pinyin, initials, a near miss, or the code. */
export const MATCH_KINDS = ['name', 'keyword', 'pinyin', 'initials', 'fuzzy', 'code'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

/** A search hit: the item, how well and where it matched. */
export const SearchHit = Type.Object({
  code: Type.String(),
  name: Type.String(),
  score: Type.Number(),
  matched: Type.Enum([...MATCH_KINDS]),
  highlight: Type.Optional(
    Type.Array(Type.Tuple([Type.Integer(), Type.Integer()]), {
      description: 'half-open [start, end) ranges of the name to bold',
    }),
  ),
  departmentId: Type.String(),
  handlingType: ItemDefinition.properties.handlingType,
  serviceObjects: Type.Array(Type.String()),
  suggestion: Type.Optional(
    Type.Boolean({ description: 'the query found nothing; this is one of the items closest to its parts' }),
  ),
});
export type SearchHit = Static<typeof SearchHit>;

export const ItemSearchQuery = Type.Object(
  {
    q: Type.String({ maxLength: 200 }),
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
    serviceObject: Type.Optional(Type.Union([Type.Literal('1'), Type.Literal('2')])),
    /** 个人 (1) or 法人 (2): that audience ranks first, the other is kept after it. */
    prefer: Type.Optional(Type.Union([Type.Literal('1'), Type.Literal('2')])),
  },
  { additionalProperties: false },
);

export const SearchHits = Type.Object({ items: Type.Array(SearchHit) });
