import type { ItemStatusT } from '@yimen/shared/catalogue';
import type { Queryable } from '../../db/client.ts';
import type { ItemDefinitionT } from './item-definition.ts';

export interface ItemRow {
  id: string;
  code: string;
  name: string;
  status: ItemStatusT;
  department_id: string;
  draft: ItemDefinitionT;
  current_version: number | null;
  usage_count: number;
  synthetic: boolean;
  updated_at: Date;
  has_unpublished_changes: boolean;
}

// The draft differs from the current version when there is none yet, or when the JSON values differ
// (jsonb equality ignores key order, so a re-saved identical definition is not a change).
const SELECT_ITEM = `
  SELECT i.id, i.code, i.name, i.status, i.department_id, i.draft, i.current_version, i.usage_count, i.synthetic,
         i.updated_at, (v.definition IS NULL OR v.definition <> i.draft) AS has_unpublished_changes
    FROM items i
    LEFT JOIN item_versions v ON v.item_id = i.id AND v.version = i.current_version`;

export async function findItem(
  q: Queryable,
  districtCode: string,
  code: string,
  opts: { forUpdate?: boolean } = {},
): Promise<ItemRow | null> {
  // FOR UPDATE serialises publications of one item across processes; it locks only the items row.
  const r = await q.query<ItemRow>(
    `${SELECT_ITEM} WHERE i.district_code = $1 AND i.code = $2${opts.forUpdate ? ' FOR UPDATE OF i' : ''}`,
    [districtCode, code],
  );
  return r.rows[0] ?? null;
}

export interface PublishedItem {
  itemId: string;
  code: string;
  name: string;
  /** A retired item still resolves (cases opened under it need it); refuse new cases yourself. */
  status: ItemStatusT;
  version: number;
  departmentId: string;
  usageCount: number;
  publishedAt: Date;
  definition: ItemDefinitionT;
}

/**
 * A published version of an item: the current one, or `version` when given. Null when the item is unknown,
 * was never published, or has no such version. Cases call this to pin the version they are opened under.
 */
export async function getPublishedVersion(
  q: Queryable,
  districtCode: string,
  code: string,
  version?: number,
): Promise<PublishedItem | null> {
  const r = await q.query<{
    id: string;
    code: string;
    status: ItemStatusT;
    usage_count: number;
    version: number;
    published_at: Date;
    definition: ItemDefinitionT;
  }>(
    `SELECT i.id, i.code, i.status, i.usage_count, v.version, v.published_at, v.definition
       FROM items i
       JOIN item_versions v ON v.item_id = i.id AND v.version = COALESCE($3::int, i.current_version)
      WHERE i.district_code = $1 AND i.code = $2`,
    [districtCode, code, version ?? null],
  );
  const row = r.rows[0];
  if (!row) return null;
  return {
    itemId: row.id,
    code: row.code,
    name: row.definition.name,
    status: row.status,
    version: row.version,
    departmentId: row.definition.departmentId,
    usageCount: row.usage_count,
    publishedAt: row.published_at,
    definition: row.definition,
  };
}

/** Which version of an item is published now, without its definition (for callers that cache definitions). */
export async function getCurrentVersion(
  q: Queryable,
  districtCode: string,
  code: string,
): Promise<{ itemId: string; code: string; status: ItemStatusT; version: number } | null> {
  const r = await q.query<{ id: string; code: string; status: ItemStatusT; version: number }>(
    `SELECT id, code, status, current_version AS version FROM items
      WHERE district_code = $1 AND code = $2 AND current_version IS NOT NULL`,
    [districtCode, code],
  );
  const row = r.rows[0];
  return row ? { itemId: row.id, code: row.code, status: row.status, version: row.version } : null;
}

export interface NewItem {
  id: string;
  definition: ItemDefinitionT;
  synthetic: boolean;
  status: ItemStatusT;
  currentVersion: number | null;
}

// The plain columns are derived from the draft in SQL, in one place, so they cannot drift from it.
const MIRRORED = `code = d->>'implementationCode', basic_code = d->>'basicCode', parent_code = d->>'parentCode',
  level = d->>'level', handling_kind = d->>'handlingKind', name = d->>'name', department_id = d->>'departmentId',
  service_object = ARRAY(SELECT jsonb_array_elements_text(d->'serviceObjects')), handling_type = d->>'handlingType'`;

/** Inserts items in one statement per call (the seed writes a thousand at once). */
export async function insertItems(q: Queryable, districtCode: string, items: NewItem[]): Promise<void> {
  if (items.length === 0) return;
  await q.query(
    `INSERT INTO items (id, district_code, code, basic_code, parent_code, level, handling_kind, name, department_id,
                        service_object, handling_type, status, draft, current_version, synthetic)
     SELECT (e->>'id')::uuid, $1, d->>'implementationCode', d->>'basicCode', d->>'parentCode', d->>'level',
            d->>'handlingKind', d->>'name', d->>'departmentId',
            ARRAY(SELECT jsonb_array_elements_text(d->'serviceObjects')), d->>'handlingType',
            e->>'status', d, (e->>'currentVersion')::int, (e->>'synthetic')::boolean
       FROM jsonb_array_elements($2::jsonb) e CROSS JOIN LATERAL (SELECT e->'definition' AS d) x`,
    [districtCode, JSON.stringify(items)],
  );
}

/** Replaces the drafts of existing items (by id) and the columns that mirror them. */
export async function updateDrafts(
  q: Queryable,
  drafts: Array<{ id: string; definition: ItemDefinitionT }>,
): Promise<void> {
  if (drafts.length === 0) return;
  await q.query(
    `UPDATE items i SET draft = x.d, ${MIRRORED}, updated_at = now()
       FROM (SELECT (e->>'id')::uuid AS id, e->'definition' AS d FROM jsonb_array_elements($1::jsonb) e) x
      WHERE i.id = x.id`,
    [JSON.stringify(drafts)],
  );
}

/** Writes immutable versions; `publishedBy` is null for the seed. */
export async function insertVersions(
  q: Queryable,
  versions: Array<{ itemId: string; version: number; definition: ItemDefinitionT }>,
  publishedBy: string | null,
): Promise<void> {
  if (versions.length === 0) return;
  await q.query(
    `INSERT INTO item_versions (item_id, version, definition, published_by)
     SELECT (e->>'itemId')::uuid, (e->>'version')::int, e->'definition', $2
       FROM jsonb_array_elements($1::jsonb) e`,
    [JSON.stringify(versions), publishedBy],
  );
}

export async function setItemState(
  q: Queryable,
  itemId: string,
  state: { status: ItemStatusT; currentVersion?: number },
): Promise<void> {
  await q.query(
    `UPDATE items SET status = $2, current_version = COALESCE($3, current_version), updated_at = now()
      WHERE id = $1`,
    [itemId, state.status, state.currentVersion ?? null],
  );
}

/** Department ids and Chinese names of the district: references are checked against these. */
export async function districtDepartments(q: Queryable, districtCode: string): Promise<Map<string, string>> {
  const r = await q.query<{ id: string; name_zh: string }>(
    'SELECT id, name_zh FROM departments WHERE district_code = $1',
    [districtCode],
  );
  return new Map(r.rows.map((d) => [d.id, d.name_zh]));
}

export interface VersionRow {
  version: number;
  name: string;
  published_at: Date;
  published_by: string | null;
  publisher_name: string | null;
}

/** Every published version of an item, newest first, with who published it (null for the seed). */
export async function listVersions(q: Queryable, itemId: string): Promise<VersionRow[]> {
  const r = await q.query<VersionRow>(
    `SELECT v.version, v.definition->>'name' AS name, v.published_at, v.published_by, u.display_name AS publisher_name
       FROM item_versions v
       LEFT JOIN users u ON u.id = v.published_by
      WHERE v.item_id = $1
      ORDER BY v.version DESC`,
    [itemId],
  );
  return r.rows;
}

/**
 * Who last wrote the draft of an item: the latest audit record that created it, replaced it, or imported it
 * (an import names its codes in its details). Null when no one did (the seed).
 */
export async function lastDraftWriter(
  q: Queryable,
  districtCode: string,
  code: string,
): Promise<{ actor_id: string | null; actor_name: string | null; at: Date } | null> {
  const r = await q.query<{ actor_id: string | null; actor_name: string | null; at: Date }>(
    `SELECT actor_id, actor_name, at FROM audit_log
      WHERE district_code = $1 AND outcome = 'success'
        AND ((action IN ('catalogue.item.create', 'catalogue.item.update_draft') AND target_id = $2)
          OR (action = 'catalogue.import'
              AND (details->'created' @> to_jsonb(ARRAY[$2::text]) OR details->'updated' @> to_jsonb(ARRAY[$2::text]))))
      ORDER BY at DESC, id DESC LIMIT 1`,
    [districtCode, code],
  );
  return r.rows[0] ?? null;
}

export interface ListFilter {
  status?: ItemStatusT;
  department?: string;
  serviceObject?: string;
  q?: string;
  limit: number;
  offset: number;
}

export interface ListRow extends Omit<ItemRow, 'draft' | 'department_id' | 'id'> {
  department_id: string;
  dept_zh: string;
  handling_type: string;
  service_object: string[];
}

export async function searchItems(
  q: Queryable,
  districtCode: string,
  f: ListFilter,
): Promise<{ rows: ListRow[]; total: number }> {
  const where = ['i.district_code = $1'];
  const params: unknown[] = [districtCode];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replaceAll('$?', `$${params.length}`));
  };
  if (f.status) add('i.status = $?', f.status);
  if (f.department) add('i.department_id = $?', f.department);
  if (f.serviceObject) add('$? = ANY(i.service_object)', f.serviceObject);
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    add('(i.name ILIKE $? OR i.code ILIKE $?)', like);
  }
  const cond = where.join(' AND ');
  const total = await q.query<{ n: number }>(`SELECT count(*)::int AS n FROM items i WHERE ${cond}`, params);
  const rows = await q.query<ListRow>(
    `SELECT i.code, i.name, i.status, i.current_version, i.usage_count, i.synthetic, i.updated_at,
            i.department_id, d.name_zh AS dept_zh, i.handling_type, i.service_object,
            (v.definition IS NULL OR v.definition <> i.draft) AS has_unpublished_changes
       FROM items i
       JOIN departments d ON d.id = i.department_id
       LEFT JOIN item_versions v ON v.item_id = i.id AND v.version = i.current_version
      WHERE ${cond}
      ORDER BY i.code LIMIT ${f.limit} OFFSET ${f.offset}`,
    params,
  );
  return { rows: rows.rows, total: total.rows[0]?.n ?? 0 };
}

export interface ExportRow {
  code: string;
  status: ItemStatusT;
  current_version: number | null;
  synthetic: boolean;
  draft: ItemDefinitionT;
  published: ItemDefinitionT | null;
  published_at: Date | null;
}

/** Every item of the district with its draft and its current published definition, ordered by code. */
export async function exportItems(q: Queryable, districtCode: string): Promise<ExportRow[]> {
  const r = await q.query<ExportRow>(
    `SELECT i.code, i.status, i.current_version, i.synthetic, i.draft, v.definition AS published, v.published_at
       FROM items i
       LEFT JOIN item_versions v ON v.item_id = i.id AND v.version = i.current_version
      WHERE i.district_code = $1
      ORDER BY i.code`,
    [districtCode],
  );
  return r.rows;
}

/** Ids of the district's items by code, for the import's create-or-update decision. */
export async function itemIdsByCode(
  q: Queryable,
  districtCode: string,
  codes: string[],
): Promise<Map<string, { id: string; draft: ItemDefinitionT }>> {
  const r = await q.query<{ id: string; code: string; draft: ItemDefinitionT }>(
    'SELECT id, code, draft FROM items WHERE district_code = $1 AND code = ANY($2::text[]) FOR UPDATE',
    [districtCode, codes],
  );
  return new Map(r.rows.map((row) => [row.code, { id: row.id, draft: row.draft }]));
}

export async function countItems(q: Queryable, districtCode: string): Promise<number> {
  const r = await q.query<{ n: number }>('SELECT count(*)::int AS n FROM items WHERE district_code = $1', [
    districtCode,
  ]);
  return r.rows[0]?.n ?? 0;
}
