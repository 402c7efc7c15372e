import { Type } from 'typebox';
import { type App, errorResponses } from '../../http.ts';
import { authorize } from '../identity/actor.ts';
import { STAFF_ROLES } from '../identity/roles.ts';

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
    async (req) => {
      authorize(req.ctx, { roles: STAFF_ROLES });
      const r = await app.db.query<{ id: string; name_zh: string; name_en: string; kind: string }>(
        'SELECT id, name_zh, name_en, kind FROM departments WHERE district_code = $1 ORDER BY sort_order, id',
        [req.ctx.districtCode],
      );
      return {
        departments: r.rows.map((d) => ({ id: d.id, nameZh: d.name_zh, nameEn: d.name_en, kind: d.kind })),
      };
    },
  );
}
