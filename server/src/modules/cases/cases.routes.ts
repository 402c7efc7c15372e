import { CaseEnvelope } from '@yimen/shared/case-view';
import {
  ActionBody,
  ActionParams,
  ApplicationBody,
  CaseIdParams,
  ChecklistBody,
  DeliveryBody,
  IdempotencyHeaders,
  MyCases,
  OpenCaseBody,
  Queue,
  WindowWork,
} from '@yimen/shared/cases';
import { withConflict } from '@yimen/shared/common';
import { type App, errorResponses } from '../../http.ts';
import { type CaseDeps, caseDeps } from './case-context.ts';
import caseFileRoutes from './case-files.routes.ts';
import { chooseDelivery } from './choose-delivery.service.ts';
import { getCase } from './get-case.service.ts';
import { openCase } from './open-case.service.ts';
import { departmentQueue, myCases } from './queue.service.ts';
import { recordChecklist } from './record-checklist.service.ts';
import { takeAction } from './take-action.service.ts';
import { runVerifications } from './verifications.service.ts';
import { windowWork } from './window-work.service.ts';

const tags = ['cases'];

export default async function caseRoutes(app: App): Promise<void> {
  const deps = (): CaseDeps => caseDeps(app);

  app.post(
    '/cases',
    {
      schema: {
        tags,
        summary:
          'Open a case at a window: identify the applicant and pick the item (Idempotency-Key header makes retries safe)',
        headers: IdempotencyHeaders,
        body: OpenCaseBody,
        response: { 200: CaseEnvelope, 201: CaseEnvelope, ...withConflict },
      },
    },
    async (req, reply) => {
      const { caseId, created, itemCode } = await openCase(deps(), req.ctx, {
        ...req.body,
        idempotencyKey: req.headers['idempotency-key'],
      });
      if (created) app.itemSearch.bumpUsage(itemCode);
      return reply.status(created ? 201 : 200).send({ case: await getCase(deps(), req.ctx, caseId) });
    },
  );

  app.post(
    '/applications',
    {
      schema: {
        tags,
        summary: 'Apply online (citizens and enterprise agents); the case waits for pre-review (网上预审)',
        headers: IdempotencyHeaders,
        body: ApplicationBody,
        response: { 200: CaseEnvelope, 201: CaseEnvelope, ...withConflict },
      },
    },
    async (req, reply) => {
      const { caseId, created, itemCode } = await openCase(deps(), req.ctx, {
        ...req.body,
        channel: 'online',
        idempotencyKey: req.headers['idempotency-key'],
      });
      if (created) app.itemSearch.bumpUsage(itemCode);
      return reply.status(created ? 201 : 200).send({ case: await getCase(deps(), req.ctx, caseId) });
    },
  );

  app.get(
    '/my/cases',
    {
      schema: {
        tags,
        summary: 'The signed-in applicant’s own cases, newest first',
        response: { 200: MyCases, ...errorResponses },
      },
    },
    async (req) => ({ items: await myCases(deps(), req.ctx) }),
  );

  app.get(
    '/cases/:id',
    {
      schema: {
        tags,
        summary: 'One case: checklist, department nodes, timeline, available actions',
        params: CaseIdParams,
        response: { 200: CaseEnvelope, ...errorResponses },
      },
    },
    async (req) => ({ case: await getCase(deps(), req.ctx, req.params.id) }),
  );

  app.patch(
    '/cases/:id/checklist',
    {
      schema: {
        tags,
        summary: 'Tick materials and confirm conditions of the standard checklist',
        params: CaseIdParams,
        body: ChecklistBody,
        response: { 200: CaseEnvelope, ...withConflict },
      },
    },
    async (req) => {
      await recordChecklist(deps(), req.ctx, req.params.id, req.body);
      return { case: await getCase(deps(), req.ctx, req.params.id) };
    },
  );

  app.post(
    '/cases/:id/actions/:action',
    {
      schema: {
        tags,
        summary: 'Take an action of the case state machine (accept, complete_instant, node_approve, seal …)',
        params: ActionParams,
        body: ActionBody,
        response: { 200: CaseEnvelope, ...withConflict },
      },
    },
    async (req) => {
      await takeAction(deps(), req.ctx, req.params.id, req.params.action, req.body ?? {});
      return { case: await getCase(deps(), req.ctx, req.params.id) };
    },
  );

  app.put(
    '/cases/:id/delivery',
    {
      schema: {
        tags,
        summary:
          'Choose how the result is delivered (送达方式): pickup, mail (recipient, phone and address) or online',
        params: CaseIdParams,
        body: DeliveryBody,
        response: { 200: CaseEnvelope, ...withConflict },
      },
    },
    async (req) => {
      await chooseDelivery(deps(), req.ctx, req.params.id, req.body);
      return { case: await getCase(deps(), req.ctx, req.params.id) };
    },
  );

  await app.register(caseFileRoutes);

  app.post(
    '/cases/:id/verifications/run',
    {
      schema: {
        tags,
        summary: 'Ask the departments the item’s yes/no questions (跳转核验); keeps their signed answers',
        params: CaseIdParams,
        response: { 200: CaseEnvelope, ...withConflict },
      },
    },
    async (req) => {
      await runVerifications({ ...deps(), verifier: app.verifier }, req.ctx, req.params.id);
      return { case: await getCase(deps(), req.ctx, req.params.id) };
    },
  );

  app.get(
    '/window/work',
    {
      schema: {
        tags,
        summary:
          'What waits for the windows: online applications for pre-review, cases awaiting the seal, the clerk’s unfinished cases',
        response: { 200: WindowWork, ...errorResponses },
      },
    },
    async (req) => windowWork(deps(), req.ctx),
  );

  app.get(
    '/queue',
    {
      schema: {
        tags,
        summary: 'The approver’s queue: active nodes of their department, soonest deadline first',
        response: { 200: Queue, ...errorResponses },
      },
    },
    async (req) => ({ items: await departmentQueue(deps(), req.ctx) }),
  );
}
