import { errorResponses, NoBody } from '@yimen/shared/common';
import { ApiTokenCreated, ApiTokenIdParams, ApiTokenList, CreateApiTokenBody } from '@yimen/shared/identity';
import type { App } from '../../http.ts';
import { createApiToken, listApiTokens, revokeApiToken } from './api-tokens.service.ts';

const tags = ['administration'];

export default async function apiTokenRoutes(app: App): Promise<void> {
  app.post(
    '/admin/api-tokens',
    {
      schema: {
        tags,
        summary: 'Create an API token for a system integration (the secret is returned once)',
        body: CreateApiTokenBody,
        response: { 201: ApiTokenCreated, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await createApiToken(app.db, req.ctx, req.body)),
  );

  app.get(
    '/admin/api-tokens',
    {
      schema: {
        tags,
        summary: 'API tokens (without their secrets)',
        response: { 200: ApiTokenList, ...errorResponses },
      },
    },
    async (req) => ({ items: await listApiTokens(app.db, req.ctx) }),
  );

  app.delete(
    '/admin/api-tokens/:id',
    {
      schema: {
        tags,
        summary: 'Revoke an API token',
        params: ApiTokenIdParams,
        response: { 204: NoBody, ...errorResponses },
      },
    },
    async (req, reply) => {
      await revokeApiToken(app.db, req.ctx, req.params.id);
      return reply.status(204).send(null);
    },
  );
}
