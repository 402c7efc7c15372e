import {
  AdminItemEnvelope,
  BlankFormParams,
  CatalogueExport,
  CatalogueList,
  CatalogueListQuery,
  GuideEnvelope,
  ImportResult,
  ItemCodeParams,
  ItemEnvelope,
  ItemHistory,
  ItemVersionQuery,
} from '@yimen/shared/catalogue';
import { Binary, byContentType, errorResponses, withConflict } from '@yimen/shared/common';
import { attachmentDisposition } from '../../http/file-type.ts';
import type { App } from '../../http.ts';
import {
  createItem,
  getAdminItem,
  getBlankForm,
  getDraftGuide,
  getGuide,
  getItem,
  getItemHistory,
  listCatalogue,
  publishItem,
  replaceDraft,
  retireItem,
} from './catalogue.service.ts';
import { exportCatalogueJson, exportCatalogueXlsx, importCatalogue } from './catalogue-transfer.service.ts';
import { ItemDefinition } from './item-definition.ts';
import { publicRateLimit, publicResponses, withEtag, withFileEtag } from './public-cache.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** A whole-district workbook or JSON export is a few MB; the default 1 MB body limit would refuse it. */
const IMPORT_BODY_LIMIT = 10 * 1024 * 1024;

const tags = ['catalogue'];

/** The item catalogue (事项库): published items and guides for everyone, editing and transfer for administrators. */
export default async function catalogueRoutes(app: App): Promise<void> {
  // The import takes the workbook as the raw request body; the service parses it.
  app.addContentTypeParser(
    XLSX_TYPE,
    { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT },
    (_req, body, done) => done(null, body),
  );

  app.get(
    '/items/:code',
    {
      config: { rateLimit: publicRateLimit(app) },
      schema: {
        tags,
        summary: 'A published item (the current version, or ?version=N); public, without signing in',
        params: ItemCodeParams,
        querystring: ItemVersionQuery,
        response: { 200: ItemEnvelope, ...publicResponses },
      },
    },
    async (req, reply) =>
      withEtag(req, reply, { item: await getItem(app.db, req.ctx, req.params.code, req.query.version) }),
  );

  app.get(
    '/items/:code/guide',
    {
      config: { rateLimit: publicRateLimit(app) },
      schema: {
        tags,
        summary:
          'The 办事指南 of a published item, in sections ready for a guide page; public, without signing in',
        params: ItemCodeParams,
        querystring: ItemVersionQuery,
        response: { 200: GuideEnvelope, ...publicResponses },
      },
    },
    async (req, reply) =>
      withEtag(req, reply, { guide: await getGuide(app.db, req.ctx, req.params.code, req.query.version) }),
  );

  app.get(
    '/items/:code/forms/:materialId',
    {
      config: { rateLimit: publicRateLimit(app) },
      schema: {
        tags,
        summary:
          'The blank form (空白表格) a material of a published item names, as a PDF to print and fill in; public',
        params: BlankFormParams,
        querystring: ItemVersionQuery,
        response: {
          200: byContentType({ 'application/pdf': Binary('application/pdf', 'The blank form, PDF') }),
          ...publicResponses,
        },
      },
    },
    async (req, reply) => {
      const form = await getBlankForm(
        app.db,
        req.ctx,
        req.params.code,
        req.params.materialId,
        req.query.version,
      );
      const held = withFileEtag(req, reply, form.pdf);
      if (held) return held;
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', attachmentDisposition(form.fileName))
        .send(form.pdf);
    },
  );

  app.get(
    '/catalogue/items',
    {
      schema: {
        tags,
        summary: 'All items of the district with their editing state (administrators)',
        querystring: CatalogueListQuery,
        response: { 200: CatalogueList, ...errorResponses },
      },
    },
    async (req) => listCatalogue(app.db, req.ctx, req.query),
  );

  app.get(
    '/catalogue/items/:code',
    {
      schema: {
        tags,
        summary: 'The draft of one item (administrators)',
        params: ItemCodeParams,
        response: { 200: AdminItemEnvelope, ...errorResponses },
      },
    },
    async (req) => ({ item: await getAdminItem(app.db, req.ctx, req.params.code) }),
  );

  app.get(
    '/catalogue/items/:code/draft/guide',
    {
      schema: {
        tags,
        summary: 'The 办事指南 of the draft, as the public will see it once published (administrators)',
        params: ItemCodeParams,
        response: { 200: GuideEnvelope, ...errorResponses },
      },
    },
    async (req) => ({ guide: await getDraftGuide(app.db, req.ctx, req.params.code) }),
  );

  app.get(
    '/catalogue/items/:code/versions',
    {
      schema: {
        tags,
        summary:
          'Every published version of an item with who published it, and the unpublished draft (administrators)',
        params: ItemCodeParams,
        response: { 200: ItemHistory, ...errorResponses },
      },
    },
    async (req) => getItemHistory(app.db, req.ctx, req.params.code),
  );

  app.post(
    '/catalogue/items',
    {
      schema: {
        tags,
        summary: 'Create an unpublished item from a definition',
        body: ItemDefinition,
        response: { 201: AdminItemEnvelope, ...withConflict },
      },
    },
    async (req, reply) => reply.status(201).send({ item: await createItem(app.db, req.ctx, req.body) }),
  );

  app.put(
    '/catalogue/items/:code/draft',
    {
      schema: {
        tags,
        summary: 'Replace the draft; published versions do not change',
        params: ItemCodeParams,
        body: ItemDefinition,
        response: { 200: AdminItemEnvelope, ...errorResponses },
      },
    },
    async (req) => ({ item: await replaceDraft(app.db, req.ctx, req.params.code, req.body) }),
  );

  app.post(
    '/catalogue/items/:code/publish',
    {
      schema: {
        tags,
        summary: 'Publish the draft as the next immutable version',
        params: ItemCodeParams,
        response: { 200: AdminItemEnvelope, ...withConflict },
      },
    },
    async (req) => {
      const item = await publishItem(app.db, req.ctx, req.params.code);
      app.itemSearch.invalidate();
      return { item };
    },
  );

  app.post(
    '/catalogue/items/:code/retire',
    {
      schema: {
        tags,
        summary: 'Withdraw an item from new applications',
        params: ItemCodeParams,
        response: { 200: AdminItemEnvelope, ...withConflict },
      },
    },
    async (req) => {
      const item = await retireItem(app.db, req.ctx, req.params.code);
      app.itemSearch.invalidate();
      return { item };
    },
  );

  app.get(
    '/catalogue/export.json',
    {
      schema: {
        tags,
        summary: 'The whole catalogue as JSON (drafts and published versions)',
        response: { 200: CatalogueExport, ...errorResponses },
      },
    },
    async (req, reply) => {
      const body = await exportCatalogueJson(app.db, req.ctx);
      return reply
        .header('content-disposition', `attachment; filename="catalogue-${req.ctx.districtCode}.json"`)
        .send(body);
    },
  );

  app.get(
    '/catalogue/export.xlsx',
    {
      schema: {
        tags,
        summary: 'The whole catalogue as an Excel workbook',
        response: { 200: byContentType({ [XLSX_TYPE]: Binary(XLSX_TYPE) }), ...errorResponses },
      },
    },
    async (req, reply) => {
      const file = await exportCatalogueXlsx(app.db, req.ctx);
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', `attachment; filename="catalogue-${req.ctx.districtCode}.xlsx"`)
        .send(file);
    },
  );

  app.post(
    '/catalogue/import',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags,
        summary: `Create or update drafts from an export: application/json or ${XLSX_TYPE}; nothing is published`,
        consumes: ['application/json', XLSX_TYPE],
        response: { 200: ImportResult, ...withConflict },
      },
    },
    async (req) => importCatalogue(app.db, req.ctx, req.body),
  );
}
