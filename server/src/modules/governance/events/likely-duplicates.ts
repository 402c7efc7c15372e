import { DUPLICATE_REASONS } from '@yimen/shared/events';
import type { TaxonomyIndex } from '../taxonomy/taxonomy-index.ts';
import { openEventsNear } from './event-intake.repo.ts';
import type { GovDeps } from './gov-deps.ts';

/** How near and how recent another open report must be to count as the same problem. */
const RADIUS_M = 150;
const WINDOW_HOURS = 72;
const SHOWN = 5;

/** Why a report is likely the same problem, strongest first: 同一部件, 同类, 相近类别 (same major), 同类部件. */
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];

export interface DuplicateProbe {
  classCode: string;
  componentId?: string | null;
  lng: number;
  lat: number;
  at: Date;
  excludeId?: string;
}

/** The component class in a 17-digit component id (its digits 7–11). */
const classInId = (componentId: string) => componentId.slice(6, 11);

/**
 * The component classes a report is about: its own class when that is a component class, the components its
 * event class concerns (暴露垃圾 → 垃圾箱), and the class of the component that was picked.
 */
function componentClassesOf(taxonomy: TaxonomyIndex, classCode: string, componentId: string | null) {
  const minor = taxonomy.byCode.get(classCode);
  const out = new Set<string>(minor?.components ?? []);
  if (minor?.kind === 'component') out.add(classCode);
  if (componentId) out.add(classInId(componentId));
  return out;
}

/** Why the other report is likely the same problem as the probe, or null when its class is unrelated. */
function reasonFor(
  taxonomy: TaxonomyIndex,
  probe: { classCode: string; componentId: string | null; components: Set<string> },
  other: { class_code: string; component_id: string | null },
): DuplicateReason | null {
  if (probe.componentId && other.component_id === probe.componentId) return 'same_component';
  if (other.class_code === probe.classCode) return 'same_class';
  const major = taxonomy.byCode.get(probe.classCode)?.majorCode;
  if (major && taxonomy.byCode.get(other.class_code)?.majorCode === major) return 'sibling_class';
  const theirs = componentClassesOf(taxonomy, other.class_code, other.component_id);
  for (const c of theirs) if (probe.components.has(c)) return 'same_component_class';
  return null;
}

/**
 * Likely reports of the same problem: still open, within 150 m and the last three days, and of the same
 * component, the same class, a sibling class (上水井盖 beside 雨水井盖) or a class about the same kind of
 * component; the strongest reason first, then the nearest.
 */
export async function likelyDuplicates(deps: GovDeps, districtCode: string, e: DuplicateProbe) {
  const taxonomy = deps.router.taxonomy;
  const componentId = e.componentId ?? null;
  const components = componentClassesOf(taxonomy, e.classCode, componentId);
  const major = taxonomy.byCode.get(e.classCode)?.majorCode;
  // Every class that could be related, so the query reads only candidates.
  const classes = new Set<string>([
    e.classCode,
    ...(major ? taxonomy.minorsOf(major).map((m) => m.code) : []),
  ]);
  for (const c of components) {
    classes.add(c);
    for (const m of taxonomy.eventsConcerning(c)) classes.add(m.code);
  }
  const dLat = RADIUS_M / 111_320;
  const dLng = dLat / Math.cos((e.lat * Math.PI) / 180);
  const rows = await openEventsNear(deps.db, districtCode, {
    classes: [...classes],
    componentClasses: [...components],
    since: new Date(e.at.getTime() - WINDOW_HOURS * 3_600_000),
    lng: [e.lng - dLng, e.lng + dLng],
    lat: [e.lat - dLat, e.lat + dLat],
    excludeId: e.excludeId ?? '00000000-0000-0000-0000-000000000000',
  });
  const probe = { classCode: e.classCode, componentId, components };
  return rows
    .flatMap((x) => {
      const reason = reasonFor(taxonomy, probe, x);
      if (!reason) return [];
      const minor = taxonomy.byCode.get(x.class_code);
      return [
        {
          id: x.id,
          eventNo: x.event_no,
          description: x.description,
          classCode: x.class_code,
          className: minor?.name ?? x.class_code,
          classNameEn: minor?.nameEn ?? x.class_code,
          reportedAt: x.reported_at,
          state: x.state,
          reason,
          distanceM: Math.round(Math.hypot((x.lng - e.lng) / dLng, (x.lat - e.lat) / dLat) * RADIUS_M),
        },
      ];
    })
    .filter((x) => x.distanceM <= RADIUS_M)
    .sort(
      (a, b) =>
        DUPLICATE_REASONS.indexOf(a.reason) - DUPLICATE_REASONS.indexOf(b.reason) ||
        a.distanceM - b.distanceM,
    )
    .slice(0, SHOWN);
}
