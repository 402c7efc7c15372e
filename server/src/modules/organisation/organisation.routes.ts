import { errorResponses } from '@yimen/shared/common';
import { DepartmentList } from '@yimen/shared/organisation';
import type { App } from '../../http.ts';
import { listDepartments } from './organisation.service.ts';

export default async function organisationRoutes(app: App): Promise<void> {
  app.get(
    '/departments',
    {
      schema: {
        tags: ['organisation'],
        summary: 'The district’s departments',
        response: { 200: DepartmentList, ...errorResponses },
      },
    },
    async (req) => ({ departments: await listDepartments(app.db, req.ctx) }),
  );
}
