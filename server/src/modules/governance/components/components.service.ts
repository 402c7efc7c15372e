import type {
  ComponentList,
  ComponentListQuery,
  ComponentNearList,
  ComponentNearQuery,
  ComponentStatusBody,
  ComponentView,
} from '@yimen/shared/components';
import type { Db } from '../../../db/client.ts';
import { recordAudit } from '../../audit/audit.repo.ts';
import type { GeoIndex } from '../../geography/geo-index.ts';
import { type BBox, bboxOf } from '../../geography/planar.ts';
import { authorize, type RequestContext } from '../../identity/actor.ts';
import { parseBBox, requireWithinExtent } from './bbox.ts';
import { isComponentClass } from './component-classes.ts';
import { requireComponentId } from './component-id.ts';
import { componentItem, componentView } from './component-view.ts';
import { componentErrors } from './components.errors.ts';
import { COMPONENT_READ_ROLES, COMPONENT_WRITE_ROLES } from './components.policy.ts';
import { findComponent, nearestComponents, searchComponents, setComponentStatus } from './components.repo.ts';

/**
 * Components on the map: those in a bounding box and/or an area, optionally of one class or status. A box is
 * required unless an area is given, and may not exceed the district's extent.
 */
export async function listComponents(
  db: Db,
  geo: GeoIndex,
  ctx: RequestContext,
  q: ComponentListQuery,
): Promise<ComponentList> {
  authorize(ctx, { roles: COMPONENT_READ_ROLES });
  if (q.bbox === undefined && q.grid === undefined) {
    throw componentErrors.noBoxOrGrid();
  }
  let bbox: BBox | undefined;
  if (q.bbox !== undefined) {
    bbox = parseBBox(q.bbox);
    requireWithinExtent(bbox, districtExtent(geo));
  }
  if (q.grid !== undefined && !geo.area(q.grid)) {
    throw componentErrors.unknownArea({ grid: q.grid });
  }
  if (q.class !== undefined) requireClass(q.class);
  const { rows, total, truncated } = await searchComponents(db, {
    districtCode: ctx.districtCode,
    ...(bbox ? { bbox } : {}),
    ...(q.class ? { classCode: q.class } : {}),
    ...(q.status ? { status: q.status } : {}),
    ...(q.grid ? { area: q.grid } : {}),
    limit: q.limit,
  });
  return { items: rows.map(componentItem), total, truncated };
}

/** The components nearest to a point picked on the map, within the radius, nearest first. */
export async function nearComponents(
  db: Db,
  ctx: RequestContext,
  q: ComponentNearQuery,
): Promise<ComponentNearList> {
  authorize(ctx, { roles: COMPONENT_READ_ROLES });
  if (q.class !== undefined) requireClass(q.class);
  const rows = await nearestComponents(db, {
    districtCode: ctx.districtCode,
    lng: q.lng,
    lat: q.lat,
    radiusM: q.radius,
    ...(q.class ? { classCode: q.class } : {}),
    limit: q.limit,
  });
  return {
    items: rows.map((r) => ({ ...componentItem(r), distanceM: Math.round(r.distance_m * 10) / 10 })),
  };
}

export async function getComponent(db: Db, ctx: RequestContext, id: string): Promise<ComponentView> {
  authorize(ctx, { roles: COMPONENT_READ_ROLES });
  requireComponentId(id);
  const row = await findComponent(db, ctx.districtCode, id);
  if (!row) throw componentErrors.notFound({ id });
  return componentView(row);
}

/**
 * Records a component's new state (e.g. a cover reported missing, a lamp replaced). Only within the actor's
 * jurisdiction; the change and its audit record commit together. Setting the current state again changes
 * nothing and writes nothing.
 */
export async function changeComponentStatus(
  db: Db,
  ctx: RequestContext,
  id: string,
  body: ComponentStatusBody,
): Promise<ComponentView> {
  authorize(ctx, { roles: COMPONENT_WRITE_ROLES });
  requireComponentId(id);
  return db.transaction(async (tx) => {
    const row = await findComponent(tx, ctx.districtCode, id, { forUpdate: true });
    if (!row) throw componentErrors.notFound({ id });
    authorize(ctx, { roles: COMPONENT_WRITE_ROLES, area: row.micro_grid_code });
    if (row.status === body.status) return componentView(row);
    await setComponentStatus(tx, id, body.status);
    await recordAudit(tx, ctx, {
      action: 'component.status',
      targetType: 'component',
      targetId: id,
      details: { from: row.status, to: body.status, note: body.note ?? null, gridCode: row.grid_code },
    });
    const updated = await findComponent(tx, ctx.districtCode, id);
    if (!updated) throw componentErrors.notReadBack();
    return componentView(updated);
  });
}

function requireClass(code: string): void {
  if (!isComponentClass(code)) {
    throw componentErrors.notAComponentClass({ code });
  }
}

const extents = new WeakMap<GeoIndex, BBox>();

/** The district's bounding box, computed once per index. */
function districtExtent(geo: GeoIndex): BBox {
  let extent = extents.get(geo);
  if (!extent) {
    const district = geo.area(geo.districtCode);
    if (!district) throw componentErrors.noDistrict({ code: geo.districtCode });
    extent = bboxOf(district.geometry);
    extents.set(geo, extent);
  }
  return extent;
}
