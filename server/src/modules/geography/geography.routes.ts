import {
  AreaDetail,
  AreaList,
  AreaListQuery,
  AreaParams,
  FeatureCollection,
  LayerParams,
  LocateQuery,
  LocateResponse,
  SearchQuery,
  SearchResult,
} from '@yimen/shared/geography';
import { type App, errorResponses } from '../../http.ts';
import { geoJsonLayer, getArea, listAreas, locatePoint, searchGeography } from './geography.service.ts';

const tags = ['geography'];

/** Geography of the district: point lookup, the area tree, search and GeoJSON map layers. Mount under /api/v1. */
export default async function geographyRoutes(app: App): Promise<void> {
  app.get(
    '/geo/locate',
    {
      schema: {
        tags,
        summary: 'Which district, street, community, grid and micro-grid contain a point',
        querystring: LocateQuery,
        response: { 200: LocateResponse, ...errorResponses },
      },
    },
    async (req) => locatePoint(req.ctx, app.geo, req.query),
  );

  app.get(
    '/geo/areas/:code',
    {
      schema: {
        tags,
        summary: 'One area with its path from the district and its number of children',
        params: AreaParams,
        response: { 200: AreaDetail, ...errorResponses },
      },
    },
    async (req) => getArea(req.ctx, app.geo, req.params.code),
  );

  app.get(
    '/geo/areas',
    {
      schema: {
        tags,
        summary: 'List the children of an area, or every area of a level',
        querystring: AreaListQuery,
        response: { 200: AreaList, ...errorResponses },
      },
    },
    async (req) => listAreas(req.ctx, app.geo, req.query),
  );

  app.get(
    '/geo/search',
    {
      schema: {
        tags,
        summary: 'Find areas by code or name (exact code first, then prefixes, then substrings; at most 20)',
        querystring: SearchQuery,
        response: { 200: SearchResult, ...errorResponses },
      },
    },
    async (req) => searchGeography(req.ctx, app.geo, req.query.q),
  );

  app.get(
    '/geo/geojson/:level',
    {
      schema: {
        tags,
        summary: 'All areas of one level as a GeoJSON FeatureCollection (coordinates to 6 decimals)',
        params: LayerParams,
        response: { 200: FeatureCollection, ...errorResponses },
      },
    },
    async (req, reply) => {
      const body = geoJsonLayer(req.ctx, app.geo, req.params.level);
      // The string is built once per level; a JSON content type lets Fastify send it without re-serialising.
      return reply.type('application/geo+json').header('cache-control', 'private, max-age=300').send(body);
    },
  );
}
