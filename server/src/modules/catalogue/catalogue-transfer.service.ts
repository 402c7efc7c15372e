import { randomUUID } from 'node:crypto';
import type { ImportResultT } from '@yimen/shared/catalogue';
import type { Db } from '../../db/client.ts';
import type { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { authorize, type RequestContext } from '../identity/actor.ts';
import { catalogueErrors, splitBilingual } from './catalogue.errors.ts';
import {
  districtDepartments,
  exportItems,
  insertItems,
  itemIdsByCode,
  updateDrafts,
} from './catalogue.repo.ts';
import { schemaViolation } from './definition-validator.ts';
import type { ItemDefinitionT } from './item-definition.ts';
import { checkItemRules, type RuleViolation } from './item-rules.ts';
import { readCatalogueWorkbook } from './xlsx/read.ts';
import { writeCatalogueWorkbook } from './xlsx/write.ts';

const ADMIN = ['administrator'] as const;
export const CATALOGUE_FORMAT = 'yimen.catalogue';
/** An import larger than this is almost certainly the wrong file (Chancheng has 1,052 items). */
const MAX_IMPORT_ITEMS = 5000;

/**
 * The whole catalogue as JSON. `items` holds the drafts — what POST /catalogue/import reads back; `published`
 * holds the current published versions for reference (the import ignores it: publishing is a separate act).
 */
export async function exportCatalogueJson(db: Db, ctx: RequestContext) {
  authorize(ctx, { roles: ADMIN });
  const rows = await exportItems(db, ctx.districtCode);
  await recordAudit(db, ctx, { action: 'catalogue.export', details: { format: 'json', items: rows.length } });
  return {
    format: CATALOGUE_FORMAT,
    formatVersion: 1,
    districtCode: ctx.districtCode,
    exportedAt: new Date().toISOString(),
    items: rows.map((r) => r.draft),
    published: rows
      .filter((r) => r.published)
      .map((r) => ({
        code: r.code,
        status: r.status,
        version: r.current_version,
        publishedAt: r.published_at?.toISOString() ?? null,
        definition: r.published,
      })),
  };
}

/** The whole catalogue as an Excel workbook (drafts, with status and current version for reading). */
export async function exportCatalogueXlsx(db: Db, ctx: RequestContext): Promise<Buffer> {
  authorize(ctx, { roles: ADMIN });
  const rows = await exportItems(db, ctx.districtCode);
  await recordAudit(db, ctx, { action: 'catalogue.export', details: { format: 'xlsx', items: rows.length } });
  return writeCatalogueWorkbook(
    rows.map((r) => ({ definition: r.draft, status: r.status, version: r.current_version })),
  );
}

interface Candidates {
  definitions: unknown[];
  locate(index: number, path: string): string;
  format: 'json' | 'xlsx';
}

function jsonCandidates(body: unknown): Candidates {
  const envelope = (body ?? {}) as { format?: unknown; items?: unknown };
  if (envelope.format !== undefined && envelope.format !== CATALOGUE_FORMAT)
    throw catalogueErrors.notAnExport({ format: CATALOGUE_FORMAT });
  if (!Array.isArray(envelope.items)) throw catalogueErrors.noItemsList();
  return {
    definitions: envelope.items,
    locate: (i, path) => (path ? `items.${i}.${path}` : `items.${i}`),
    format: 'json',
  };
}

/** Keys in a fixed order, so that two equal definitions give the same text whatever order they were written in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** A refusal that says which item of the file is wrong (by code when it has one) and where. */
function rowError(c: Candidates, index: number, def: unknown, broken: RuleViolation): AppError {
  const code = (def as { implementationCode?: unknown } | null)?.implementationCode;
  const who = typeof code === 'string' ? code : `#${index + 1}`;
  const { zh, en } = splitBilingual(broken.message);
  return catalogueErrors.importRowBroken({ who, zh, en }, { field: c.locate(index, broken.field) });
}

/** Checks every candidate (schema, then duplicates); the first bad one stops the import. */
function checkCandidates(c: Candidates): ItemDefinitionT[] {
  if (c.definitions.length > MAX_IMPORT_ITEMS) throw catalogueErrors.tooManyItems({ max: MAX_IMPORT_ITEMS });
  const seen = new Set<string>();
  return c.definitions.map((def, i) => {
    const broken = schemaViolation(def);
    if (broken) throw rowError(c, i, def, broken);
    const valid = def as ItemDefinitionT;
    if (seen.has(valid.implementationCode))
      throw catalogueErrors.codeTwiceInFile(
        { code: valid.implementationCode },
        { field: c.locate(i, 'implementationCode') },
      );
    seen.add(valid.implementationCode);
    return valid;
  });
}

/**
 * Creates or replaces drafts from an export (JSON body or xlsx buffer). All or nothing: the first bad row
 * refuses the whole file, with the row's field (`items.3.materials.0.name`) or cell (`事项!B7`). Nothing is
 * published: an administrator reviews and publishes each changed item.
 */
export async function importCatalogue(db: Db, ctx: RequestContext, body: unknown): Promise<ImportResultT> {
  authorize(ctx, { roles: ADMIN });
  const candidates = Buffer.isBuffer(body)
    ? { ...(await readCatalogueWorkbook(body)), format: 'xlsx' as const }
    : jsonCandidates(body);
  const defs = checkCandidates(candidates);
  return db.transaction(async (tx) => {
    const departments = new Set((await districtDepartments(tx, ctx.districtCode)).keys());
    for (const [i, def] of defs.entries()) {
      const broken = checkItemRules(def, departments);
      if (broken) throw rowError(candidates, i, def, broken);
    }
    const existing = await itemIdsByCode(
      tx,
      ctx.districtCode,
      defs.map((d) => d.implementationCode),
    );
    const result: ImportResultT = { created: 0, updated: 0, unchanged: 0, items: [] };
    const created: Parameters<typeof insertItems>[2] = [];
    const updated: Parameters<typeof updateDrafts>[1] = [];
    for (const [index, def] of defs.entries()) {
      const known = existing.get(def.implementationCode);
      const outcome = !known
        ? 'created'
        : canonical(known.draft) === canonical(def)
          ? 'unchanged'
          : 'updated';
      if (outcome === 'created')
        created.push({
          id: randomUUID(),
          definition: def,
          synthetic: def.source === 'synthetic',
          status: 'draft',
          currentVersion: null,
        });
      if (outcome === 'updated') updated.push({ id: known!.id, definition: def });
      result[outcome]++;
      result.items.push({ code: def.implementationCode, outcome, row: candidates.locate(index, '') });
    }
    await insertItems(tx, ctx.districtCode, created).catch((err: { code?: string }) => {
      throw err.code === '23505' ? catalogueErrors.createdMeanwhile() : err;
    });
    await updateDrafts(tx, updated);
    await recordAudit(tx, ctx, {
      action: 'catalogue.import',
      details: {
        format: candidates.format,
        created: created.map((c) => c.definition.implementationCode),
        updated: updated.map((u) => u.definition.implementationCode),
        unchanged: result.unchanged,
      },
    });
    return result;
  });
}
