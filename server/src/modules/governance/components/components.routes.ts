import {
  ComponentEnvelope,
  ComponentIdParams,
  ComponentList,
  ComponentListQuery,
  ComponentNearList,
  ComponentNearQuery,
  ComponentStatusBody,
} from '@yimen/shared/components';
import { type App, errorResponses } from '../../../http.ts';
import { changeComponentStatus, getComponent, listComponents, nearComponents } from './components.service.ts';

const tags = ['components'];

/** The components registry (部件): map queries, one component, and recording a change of its state. */
export default async function componentsRoutes(app: App): Promise<void> {
  app.get(
    '/components',
    {
      schema: {
        tags,
        summary: 'Components in a map box and/or an area, optionally of one class or status (staff)',
        querystring: ComponentListQuery,
        response: { 200: ComponentList, ...errorResponses },
      },
    },
    async (req) => listComponents(app.db, app.geo, req.ctx, req.query),
  );

  // Declared before /components/:id; find-my-way prefers the static segment anyway.
  app.get(
    '/components/near',
    {
      schema: {
        tags,
        summary:
          'The components nearest to a point picked on the map, within a radius in metres (at most 20)',
        querystring: ComponentNearQuery,
        response: { 200: ComponentNearList, ...errorResponses },
      },
    },
    async (req) => nearComponents(app.db, req.ctx, req.query),
  );

  app.get(
    '/components/:id',
    {
      schema: {
        tags,
        summary: 'One component by its 17-digit id',
        params: ComponentIdParams,
        response: { 200: ComponentEnvelope, ...errorResponses },
      },
    },
    async (req) => ({ component: await getComponent(app.db, req.ctx, req.params.id) }),
  );

  app.patch(
    '/components/:id',
    {
      schema: {
        tags,
        summary: 'Record a component’s state (完好/破损/丢失/废弃/移除); audited, within your jurisdiction',
        params: ComponentIdParams,
        body: ComponentStatusBody,
        response: { 200: ComponentEnvelope, ...errorResponses },
      },
    },
    async (req) => ({
      component: await changeComponentStatus(app.db, req.ctx, req.params.id, req.body),
    }),
  );
}
