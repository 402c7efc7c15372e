import type { ComponentItem, ComponentView } from '@yimen/shared/components';
import { componentClass } from './component-classes.ts';
import type { ComponentDetailRow, ComponentRow } from './components.repo.ts';

/** A row as the map lists it. */
export function componentItem(r: ComponentRow): ComponentItem {
  return {
    id: r.id,
    classCode: r.class_code,
    className: componentClass(r.class_code)?.name ?? r.class_code,
    status: r.status,
    ownerUnit: r.owner_unit,
    maintenanceUnit: r.maintenance_unit,
    lng: r.lng,
    lat: r.lat,
    gridCode: r.grid_code,
    microGridCode: r.micro_grid_code,
    address: r.address,
  };
}

/** One component in full: the list fields, the units' names, when it last changed. */
export function componentView(r: ComponentDetailRow): ComponentView {
  return {
    ...componentItem(r),
    classNameEn: componentClass(r.class_code)?.nameEn ?? r.class_code,
    ownerUnitName: r.owner_unit_name,
    maintenanceUnitName: r.maintenance_unit_name,
    synthetic: r.synthetic,
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}
