import { Type } from 'typebox';
import { type App, errorResponses } from '../../http.ts';
import { createApiToken, listApiTokens, revokeApiToken } from './api-tokens.service.ts';
import { CreateStaffBody } from './staff.schemas.ts';

const tags = ['administration'];
const Nullable = (s: ReturnType<typeof Type.String>) => Type.Union([s, Type.Null()]);

export default async function apiTokenRoutes(app: App): Promise<void> {
  app.post(
    '/admin/api-tokens',
    {
      schema: {
        tags,
        summary: 'Create an API token for a system integration (the secret is returned once)',
        body: Type.Object(
          {
            name: Type.String({ minLength: 1, maxLength: 100 }),
            roles: CreateStaffBody.properties.roles,
            departmentId: CreateStaffBody.properties.departmentId,
            jurisdictionCode: CreateStaffBody.properties.jurisdictionCode,
            expiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650 })),
          },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({ id: Type.String(), token: Type.String(), prefix: Type.String() }),
          ...errorResponses,
        },
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
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                id: Type.String(),
                name: Type.String(),
                prefix: Type.String(),
                roles: Type.Array(Type.String()),
                createdAt: Type.String(),
                expiresAt: Nullable(Type.String()),
                revokedAt: Nullable(Type.String()),
                lastUsedAt: Nullable(Type.String()),
              }),
            ),
          }),
          ...errorResponses,
        },
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
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false }),
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await revokeApiToken(app.db, req.ctx, req.params.id);
      return reply.status(204).send(null);
    },
  );
}
