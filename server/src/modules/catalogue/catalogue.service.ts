import { randomUUID } from 'node:crypto';
import type { CatalogueListQueryT, GuideT, ItemHistoryT } from '@yimen/shared/catalogue';
import { ROLES } from '@yimen/shared/roles';
import type { Db, Queryable } from '../../db/client.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { blankFormTitle, renderBlankForm } from '../documents/blank-form.ts';
import { type Actor, authorize, type RequestContext } from '../identity/actor.ts';
import { catalogueErrors, splitBilingual } from './catalogue.errors.ts';
import {
  districtDepartments,
  findItem,
  getPublishedVersion,
  type ItemRow,
  insertItems,
  insertVersions,
  lastDraftWriter,
  listVersions,
  searchItems,
  setItemState,
  updateDrafts,
} from './catalogue.repo.ts';
import { buildGuideSections } from './guide.ts';
import type { ItemDefinitionT } from './item-definition.ts';
import { checkItemRules } from './item-rules.ts';
import { LABELS } from './labels.ts';
import { offeredOnline } from './service-centre.ts';

const ADMIN = ['administrator'] as const;
const isAdmin = (actor: Actor) => actor.roles.includes('administrator');

const itemNotFound = () => catalogueErrors.itemNotFound();

/** Schema-valid definitions still have to pass the catalogue's rules (departments, limits, ids). */
export async function assertItemRules(
  tx: Queryable,
  districtCode: string,
  def: ItemDefinitionT,
): Promise<void> {
  const departments = await districtDepartments(tx, districtCode);
  const broken = checkItemRules(def, new Set(departments.keys()));
  if (broken) throw catalogueErrors.itemRuleBroken(splitBilingual(broken.message), { field: broken.field });
}

const toAdminView = (row: ItemRow) => ({
  code: row.code,
  name: row.name,
  status: row.status,
  version: row.current_version,
  departmentId: row.department_id,
  usageCount: row.usage_count,
  synthetic: row.synthetic,
  hasUnpublishedChanges: row.has_unpublished_changes,
  updatedAt: row.updated_at.toISOString(),
  definition: row.draft,
});
export type AdminItemViewT = ReturnType<typeof toAdminView>;

/**
 * The published item anyone may read, signed in or not (the guide is public information). Anonymous callers
 * see only items in force: a retired item or a never-published draft is 404 for them. Staff also see retired
 * items; administrators also see a never-published draft (version null).
 */
export async function getItem(db: Db, ctx: RequestContext, code: string, version?: number) {
  const actor = ctx.actor ? authorize(ctx, { roles: ROLES }) : null;
  const published = await getPublishedVersion(db, ctx.districtCode, code, version);
  if (published && !actor && published.status !== 'published') throw itemNotFound();
  if (published)
    return {
      code: published.code,
      name: published.name,
      version: published.version,
      status: published.status,
      departmentId: published.departmentId,
      usageCount: published.usageCount,
      publishedAt: published.publishedAt as Date | null,
      definition: published.definition,
    };
  const item = await findItem(db, ctx.districtCode, code);
  if (!item) throw itemNotFound();
  if (version !== undefined) throw catalogueErrors.noSuchVersion({ version });
  if (!actor) throw itemNotFound();
  if (!isAdmin(actor)) throw catalogueErrors.notPublished();
  return {
    code: item.code,
    name: item.name,
    version: null,
    status: item.status,
    departmentId: item.department_id,
    usageCount: item.usage_count,
    publishedAt: null,
    definition: item.draft,
  };
}

/** The 办事指南 of the item's published (or given) version, arranged as the sections of a guide page. */
export async function getGuide(db: Db, ctx: RequestContext, code: string, version?: number): Promise<GuideT> {
  const item = await getItem(db, ctx, code, version);
  const names = await districtDepartments(db, ctx.districtCode);
  return guideOf(item, item.definition, names);
}

/** A guide of one definition: its sections, whether it is offered online, its blank forms. */
function guideOf(
  item: { code: string; version: number | null; status: GuideT['status'] },
  def: ItemDefinitionT,
  names: ReadonlyMap<string, string>,
): GuideT {
  return {
    code: item.code,
    name: def.name,
    version: item.version,
    status: item.status,
    sections: buildGuideSections(def, (id) => names.get(id) ?? id),
    onlineApplication: offeredOnline(def),
    blankForms: def.materials
      .filter((m) => m.blankForm)
      .map((m) => ({ materialId: m.id, name: blankFormTitle(m.blankForm!) })),
  };
}

/**
 * The blank form (空白表格) a material of a published item names, as a PDF to print and fill in by hand. Public
 * like the guide; a material without a blank form is a 404 on `materialId`.
 */
export async function getBlankForm(
  db: Db,
  ctx: RequestContext,
  code: string,
  materialId: string,
  version?: number,
): Promise<{ fileName: string; pdf: Buffer }> {
  const item = await getItem(db, ctx, code, version);
  const material = item.definition.materials.find((m) => m.id === materialId);
  if (!material?.blankForm) throw catalogueErrors.noBlankForm();
  const names = await districtDepartments(db, ctx.districtCode);
  const title = blankFormTitle(material.blankForm);
  const def = item.definition;
  const pdf = await renderBlankForm({
    title,
    issuer: names.get(def.departmentId) ?? def.departmentId,
    itemName: def.name,
    itemCode: item.code,
    version: item.version ?? 0,
    publishedAt: item.publishedAt ?? new Date(0),
    applicant: def.serviceObjects.includes('1') ? 'person' : 'organisation',
    materials: def.materials
      .filter((m) => m.id !== materialId && m.necessity !== 'conditional')
      .map((m) => ({ name: m.name, copies: m.copies, form: LABELS.form[m.form] })),
  });
  return { fileName: `${title}.pdf`, pdf };
}

export async function listCatalogue(db: Db, ctx: RequestContext, query: CatalogueListQueryT) {
  authorize(ctx, { roles: ADMIN });
  const { page, pageSize, ...filter } = query;
  const { rows, total } = await searchItems(db, ctx.districtCode, {
    ...filter,
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  return {
    total,
    items: rows.map((r) => ({
      code: r.code,
      name: r.name,
      status: r.status,
      version: r.current_version,
      department: { id: r.department_id, nameZh: r.dept_zh },
      handlingType: r.handling_type,
      serviceObjects: r.service_object,
      synthetic: r.synthetic,
      hasUnpublishedChanges: r.has_unpublished_changes,
      updatedAt: r.updated_at.toISOString(),
    })),
  };
}

/** The administrators' working copy of one item. */
export async function getAdminItem(db: Db, ctx: RequestContext, code: string): Promise<AdminItemViewT> {
  authorize(ctx, { roles: ADMIN });
  const item = await findItem(db, ctx.districtCode, code);
  if (!item) throw itemNotFound();
  return toAdminView(item);
}

/** The guide of the draft, built as the public guide is, so administrators see it before they publish it. */
export async function getDraftGuide(db: Db, ctx: RequestContext, code: string): Promise<GuideT> {
  authorize(ctx, { roles: ADMIN });
  const item = await findItem(db, ctx.districtCode, code);
  if (!item) throw itemNotFound();
  const names = await districtDepartments(db, ctx.districtCode);
  return guideOf({ code: item.code, version: null, status: item.status }, item.draft, names);
}

/** Every published version of an item with who published it and when, and the draft when it is unpublished. */
export async function getItemHistory(db: Db, ctx: RequestContext, code: string): Promise<ItemHistoryT> {
  authorize(ctx, { roles: ADMIN });
  const item = await findItem(db, ctx.districtCode, code);
  if (!item) throw itemNotFound();
  const [versions, writer] = await Promise.all([
    listVersions(db, item.id),
    item.has_unpublished_changes ? lastDraftWriter(db, ctx.districtCode, code) : null,
  ]);
  return {
    code: item.code,
    status: item.status,
    currentVersion: item.current_version,
    draft: item.has_unpublished_changes
      ? {
          name: item.draft.name,
          updatedAt: item.updated_at.toISOString(),
          updatedBy: writer?.actor_id ? { id: writer.actor_id, name: writer.actor_name ?? '' } : null,
        }
      : null,
    versions: versions.map((v) => ({
      version: v.version,
      name: v.name,
      current: v.version === item.current_version,
      publishedAt: v.published_at.toISOString(),
      publishedBy: v.published_by ? { id: v.published_by, name: v.publisher_name ?? '' } : null,
    })),
  };
}

async function readBack(db: Db, districtCode: string, code: string): Promise<AdminItemViewT> {
  const item = await findItem(db, districtCode, code);
  if (!item) throw catalogueErrors.itemNotReadBack();
  return toAdminView(item);
}

const duplicateCode = (code: string) => catalogueErrors.duplicateCode({ code });

/** Creates an unpublished item from a definition; nothing is visible to citizens until it is published. */
export async function createItem(db: Db, ctx: RequestContext, def: ItemDefinitionT): Promise<AdminItemViewT> {
  authorize(ctx, { roles: ADMIN });
  await db.transaction(async (tx) => {
    await assertItemRules(tx, ctx.districtCode, def);
    if (await findItem(tx, ctx.districtCode, def.implementationCode))
      throw duplicateCode(def.implementationCode);
    const item = {
      id: randomUUID(),
      definition: def,
      synthetic: def.source === 'synthetic',
      status: 'draft' as const,
      currentVersion: null,
    };
    await insertItems(tx, ctx.districtCode, [item]).catch((err: { code?: string }) => {
      // Another request created the same code between our check and our insert.
      throw err.code === '23505' ? duplicateCode(def.implementationCode) : err;
    });
    await recordAudit(tx, ctx, {
      action: 'catalogue.item.create',
      targetType: 'item',
      targetId: def.implementationCode,
      details: { name: def.name, departmentId: def.departmentId },
    });
  });
  return readBack(db, ctx.districtCode, def.implementationCode);
}

/** Replaces the draft; the published versions stay as they were until the next publication. */
export async function replaceDraft(
  db: Db,
  ctx: RequestContext,
  code: string,
  def: ItemDefinitionT,
): Promise<AdminItemViewT> {
  authorize(ctx, { roles: ADMIN });
  if (def.implementationCode !== code) throw catalogueErrors.codeCannotChange({ code });
  await db.transaction(async (tx) => {
    const item = await findItem(tx, ctx.districtCode, code, { forUpdate: true });
    if (!item) throw itemNotFound();
    await assertItemRules(tx, ctx.districtCode, def);
    await updateDrafts(tx, [{ id: item.id, definition: def }]);
    await recordAudit(tx, ctx, {
      action: 'catalogue.item.update_draft',
      targetType: 'item',
      targetId: code,
      details: { name: def.name },
    });
  });
  return readBack(db, ctx.districtCode, code);
}

/** Publishes the draft as version N+1, which never changes afterwards (item_versions is append-only). */
export async function publishItem(db: Db, ctx: RequestContext, code: string): Promise<AdminItemViewT> {
  const actor = authorize(ctx, { roles: ADMIN });
  await db.transaction(async (tx) => {
    const item = await findItem(tx, ctx.districtCode, code, { forUpdate: true });
    if (!item) throw itemNotFound();
    if (!item.has_unpublished_changes)
      throw catalogueErrors.nothingToPublish({ version: String(item.current_version) });
    // Departments can change after a draft was saved; a version must name only existing ones.
    await assertItemRules(tx, ctx.districtCode, item.draft);
    const version = (item.current_version ?? 0) + 1;
    await insertVersions(tx, [{ itemId: item.id, version, definition: item.draft }], actor.id);
    await setItemState(tx, item.id, { status: 'published', currentVersion: version });
    await recordAudit(tx, ctx, {
      action: 'catalogue.item.publish',
      targetType: 'item',
      targetId: code,
      details: { version, name: item.draft.name },
    });
  });
  return readBack(db, ctx.districtCode, code);
}

/** Withdraws an item from new applications; its versions stay readable for the cases opened under them. */
export async function retireItem(db: Db, ctx: RequestContext, code: string): Promise<AdminItemViewT> {
  authorize(ctx, { roles: ADMIN });
  await db.transaction(async (tx) => {
    const item = await findItem(tx, ctx.districtCode, code, { forUpdate: true });
    if (!item) throw itemNotFound();
    if (item.status === 'retired') throw catalogueErrors.alreadyRetired();
    await setItemState(tx, item.id, { status: 'retired' });
    await recordAudit(tx, ctx, {
      action: 'catalogue.item.retire',
      targetType: 'item',
      targetId: code,
      details: { previousStatus: item.status, version: item.current_version },
    });
  });
  return readBack(db, ctx.districtCode, code);
}
