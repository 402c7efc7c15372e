import { recordAudit } from '../../audit/audit.repo.ts';
import { parseClock } from '../../calendar/shanghai-time.ts';
import { authorize, type RequestContext } from '../../identity/actor.ts';
import type { GovDeps } from '../events/gov-deps.ts';
import type { Taxonomy } from '../taxonomy/taxonomy.types.ts';
import { validateTaxonomy } from '../taxonomy/validate-taxonomy.ts';
import { routingErrors } from './routing.errors.ts';
import { classCodesInUse, insertTaxonomy, isActiveMemberOf, replaceRules } from './routing.repo.ts';
import type { TimeWindow } from './rules.ts';

/** Tells every server process to re-read the taxonomy and the responsibility list (they route in memory). */
export const CONFIG_TOPIC = (districtCode: string) => `config:${districtCode}`;

export interface AdminDeps extends GovDeps {
  /** Reloads this process's router and tells the others. */
  changed: () => Promise<void>;
}

/**
 * Saves an edited taxonomy as a new version, in force at once. Refused whole when it has any problem (each with the
 * field it is about), or when it drops a class that events are filed under.
 */
export async function saveTaxonomy(deps: AdminDeps, ctx: RequestContext, taxonomy: Taxonomy) {
  const actor = authorize(ctx, { roles: ['administrator'] });
  const problems = validateTaxonomy(taxonomy);
  if (problems.length) {
    throw routingErrors.taxonomyProblems(
      { count: problems.length },
      { field: problems[0]!.field, details: { problems } },
    );
  }
  const kept = new Set(taxonomy.minors.map((m) => m.code));
  const used = await classCodesInUse(deps.db, ctx.districtCode);
  const dropped = used.filter((c) => !kept.has(c));
  if (dropped.length) {
    throw routingErrors.classesInUse(
      { zhList: dropped.join('、'), enList: dropped.join(', ') },
      { details: { dropped } },
    );
  }
  const version = await insertTaxonomy(deps.db, ctx.districtCode, taxonomy, actor.id);
  await recordAudit(deps.db, ctx, {
    action: 'gov_taxonomy.save',
    targetType: 'event_taxonomy',
    targetId: String(version),
    details: { majors: taxonomy.majors.length, minors: taxonomy.minors.length },
  });
  await deps.changed();
  return { version };
}

export interface RuleInput {
  classPattern: string;
  areaCode?: string | null | undefined;
  timeWindow?: TimeWindow | null | undefined;
  unitId: string;
  userId?: string | null | undefined;
  note?: string | undefined;
  active?: boolean | undefined;
}

/** Checks one rule against the taxonomy, the areas, the units and the users; throws naming the field. */
async function checkRule(deps: GovDeps, ctx: RequestContext, r: RuleInput, i: number) {
  const field = (f: string) => `rules.${i}.${f}`;
  const tax = deps.router.taxonomy;
  if (r.classPattern !== '*' && !tax.byCode.has(r.classPattern) && !tax.majorByCode.has(r.classPattern)) {
    throw routingErrors.ruleNoClass(
      { n: i + 1, classPattern: r.classPattern },
      { field: field('classPattern') },
    );
  }
  if (r.areaCode) {
    const area = deps.router.geo.area(r.areaCode);
    if (!area || area.level === 'district' || !r.areaCode.startsWith(ctx.districtCode)) {
      throw routingErrors.ruleNoArea({ n: i + 1, areaCode: r.areaCode }, { field: field('areaCode') });
    }
  }
  if (r.timeWindow) {
    const w = r.timeWindow;
    const days = new Set(w.days);
    const clockOk = (t: string) => {
      try {
        parseClock(t);
        return true;
      } catch {
        return false;
      }
    };
    if (
      !w.days.length ||
      days.size !== w.days.length ||
      w.days.some((d) => !Number.isInteger(d) || d < 1 || d > 7)
    ) {
      throw routingErrors.ruleBadDays({ n: i + 1 }, { field: field('timeWindow.days') });
    }
    if (!clockOk(w.from) || !clockOk(w.to) || w.from === w.to) {
      throw routingErrors.ruleBadHours({ n: i + 1 }, { field: field('timeWindow') });
    }
  }
  if (!deps.router.hasUnit(r.unitId)) {
    throw routingErrors.ruleNoUnit({ n: i + 1, unitId: r.unitId }, { field: field('unitId') });
  }
  if (r.userId) {
    if (!(await isActiveMemberOf(deps.db, ctx.districtCode, r.userId, r.unitId))) {
      throw routingErrors.ruleUserNotInUnit({ n: i + 1 }, { field: field('userId') });
    }
  }
}

/** Replaces the responsibility list with the given lines, in the given order, at once for every process. */
export async function saveRules(deps: AdminDeps, ctx: RequestContext, rules: RuleInput[]) {
  const actor = authorize(ctx, { roles: ['administrator'] });
  for (const [i, r] of rules.entries()) await checkRule(deps, ctx, r, i);
  await deps.db.transaction(async (tx) => {
    await replaceRules(
      tx,
      ctx.districtCode,
      rules.map((r) => ({
        classPattern: r.classPattern,
        areaCode: r.areaCode ?? null,
        timeWindow: r.timeWindow ?? null,
        unitId: r.unitId,
        userId: r.userId ?? null,
        note: r.note ?? '',
        active: r.active ?? true,
      })),
      actor.id,
    );
    await recordAudit(tx, ctx, {
      action: 'gov_rules.save',
      targetType: 'routing_rules',
      targetId: ctx.districtCode,
      details: { rules: rules.length },
    });
  });
  await deps.changed();
  return { rules: deps.router.rules };
}

/** Where an event of this class at this place would go now, and why: for trying the list out. */
export function previewRoute(
  deps: GovDeps,
  ctx: RequestContext,
  q: { classCode: string; lng: number; lat: number; at?: Date },
) {
  authorize(ctx, { roles: ['administrator', 'command_operator', 'supervisor'] });
  if (!deps.router.taxonomy.byCode.has(q.classCode)) {
    throw routingErrors.noClass({ classCode: q.classCode });
  }
  const location = deps.router.locate(q.lng, q.lat);
  if (!location) {
    throw routingErrors.outsideDistrict();
  }
  return {
    location,
    decision: deps.router.route(q.classCode, location, q.at ?? deps.now()),
    gridWorkerId: deps.router.gridWorkerOf(location.grid.code),
  };
}

/** The responsibility list in force, in order, each line with its unit's name. */
export function listRules(deps: GovDeps, ctx: RequestContext) {
  authorize(ctx, { roles: ['administrator', 'command_operator', 'supervisor'] });
  return { rules: deps.router.rules.map((r) => ({ ...r, unitName: deps.router.unitName(r.unitId) })) };
}
