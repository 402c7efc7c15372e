import { Type } from 'typebox';
import { type App, errorResponses } from '../../http.ts';
import { CreateStaffBody, StaffListQuery, StaffView, UpdateStaffBody } from './staff.schemas.ts';
import { createStaff, getStaff, listStaff, updateStaff } from './staff.service.ts';

const tags = ['administration'];
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });

export default async function staffRoutes(app: App): Promise<void> {
  app.get(
    '/admin/staff',
    {
      schema: {
        tags,
        summary: 'Staff within the administrator’s jurisdiction',
        querystring: StaffListQuery,
        response: {
          200: Type.Object({ items: Type.Array(StaffView), total: Type.Integer() }),
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
        params: IdParams,
        response: { 200: Type.Object({ staff: StaffView }), ...errorResponses },
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
        response: { 201: Type.Object({ staff: StaffView }), ...errorResponses, 409: Type.Ref('ErrorBody') },
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
        params: IdParams,
        body: UpdateStaffBody,
        response: { 200: Type.Object({ staff: StaffView }), ...errorResponses },
      },
    },
    async (req) => ({ staff: await updateStaff(app.db, req.ctx, req.params.id, req.body) }),
  );
}
