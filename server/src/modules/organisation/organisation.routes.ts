import { Type } from 'typebox';
import { type App, errorResponses } from '../../http.ts';
import { listDepartments } from './organisation.service.ts';

export default async function organisationRoutes(app: App): Promise<void> {
  app.get(
    '/departments',
    {
      schema: {
        tags: ['organisation'],
        summary: 'The district’s departments',
        response: {
          200: Type.Object({
            departments: Type.Array(
              Type.Object({
                id: Type.String(),
                nameZh: Type.String(),
                nameEn: Type.String(),
                kind: Type.String(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => ({ departments: await listDepartments(app.db, req.ctx) }),
  );
}
