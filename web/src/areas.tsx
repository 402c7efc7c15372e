import { ADMIN_AREAS } from './areas/admin.tsx';
import type { Area } from './areas/area.ts';
import { GOVERNANCE_AREAS } from './areas/governance.tsx';
import { PERSONAL_AREAS } from './areas/personal.tsx';
import { SERVICE_AREAS } from './areas/service.tsx';
import { type AreaId, canOpen } from './auth/access.ts';

export type { Area } from './areas/area.ts';

/** Every area in menu order: one's own first, then the one-window service, governance, administration. */
export const AREAS: readonly Area[] = [
  ...PERSONAL_AREAS,
  ...SERVICE_AREAS,
  ...GOVERNANCE_AREAS,
  ...ADMIN_AREAS,
];

export const areaById = (id: AreaId): Area => AREAS.find((area) => area.id === id)!;

export const openableAreas = (roles: readonly string[]): Area[] =>
  AREAS.filter((area) => canOpen(roles, area.id));
