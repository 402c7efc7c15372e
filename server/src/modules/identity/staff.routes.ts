import { errorResponses, withConflict } from '@yimen/shared/common';
import {
  CreateStaffBody,
  StaffEnvelope,
  StaffIdParams,
  StaffListQuery,
  StaffPage,
  UpdateStaffBody,
} from '@yimen/shared/identity';
import type { App } from '../../http.ts';
import { createStaff, getStaff, listStaff, updateStaff } from './staff.service.ts';

const tags = ['administration'];

export default async function staffRoutes(app: App): Promise<void> {
  app.get(
    '/admin/staff',
    {
      schema: {
        tags,
        summary: 'Staff within the administrator’s jurisdiction',
        querystring: StaffListQuery,
        response: {
          200: StaffPage,
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const { page, pageSize, ...filter } = req.query;
      return listStaff(app.db, req.ctx, { ...filter, limit: pageSize, offset: (page - 1) * pageSize });
    },
  );

  app.get(
    '/admin/staff/:id',
    {
      schema: {
        tags,
        summary: 'One staff member',
        params: StaffIdParams,
        response: { 200: StaffEnvelope, ...errorResponses },
      },
    },
    async (req) => ({ staff: await getStaff(app.db, req.ctx, req.params.id) }),
  );

  app.post(
    '/admin/staff',
    {
      schema: {
        tags,
        summary: 'Create a staff account with roles, department and jurisdiction',
        body: CreateStaffBody,
        response: { 201: StaffEnvelope, ...withConflict },
      },
    },
    async (req, reply) => reply.status(201).send({ staff: await createStaff(app.db, req.ctx, req.body) }),
  );

  app.patch(
    '/admin/staff/:id',
    {
      schema: {
        tags,
        summary: 'Change roles, department, jurisdiction, password or active state',
        params: StaffIdParams,
        body: UpdateStaffBody,
        response: { 200: StaffEnvelope, ...errorResponses },
      },
    },
    async (req) => ({ staff: await updateStaff(app.db, req.ctx, req.params.id, req.body) }),
  );
}
