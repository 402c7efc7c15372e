import { randomUUID } from 'node:crypto';
import { AppError, bilingual } from '../../../errors.ts';
import { recordAudit } from '../../audit/audit.repo.ts';
import { parseClock } from '../../calendar/shanghai-time.ts';
import { authorize, type RequestContext } from '../../identity/actor.ts';
import type { GovDeps } from '../events/gov-deps.ts';
import type { Taxonomy } from '../taxonomy/taxonomy.types.ts';
import { validateTaxonomy } from '../taxonomy/validate-taxonomy.ts';
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
    throw new AppError(
      'validation_failed',
      bilingual(`事件分类有 ${problems.length} 处问题`, `The taxonomy has ${problems.length} problem(s).`),
      problems[0]!.field,
      { problems },
    );
  }
  const kept = new Set(taxonomy.minors.map((m) => m.code));
  const used = await deps.db.query<{ class_code: string }>(
    'SELECT DISTINCT class_code FROM gov_events WHERE district_code = $1',
    [ctx.districtCode],
  );
  const dropped = used.rows.map((r) => r.class_code).filter((c) => !kept.has(c));
  if (dropped.length) {
    throw new AppError(
      'unprocessable',
      bilingual(
        `以下类别已有事件使用，不能删除：${dropped.join('、')}`,
        `Events are filed under ${dropped.join(', ')}: those classes cannot be removed.`,
      ),
      'minors',
      { dropped },
    );
  }
  const r = await deps.db.query<{ id: number }>(
    'INSERT INTO event_taxonomies (district_code, data, created_by) VALUES ($1, $2, $3) RETURNING id',
    [ctx.districtCode, JSON.stringify(taxonomy), actor.id],
  );
  await recordAudit(deps.db, ctx, {
    action: 'gov_taxonomy.save',
    targetType: 'event_taxonomy',
    targetId: String(r.rows[0]!.id),
    details: { majors: taxonomy.majors.length, minors: taxonomy.minors.length },
  });
  await deps.changed();
  return { version: r.rows[0]!.id };
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
    throw new AppError(
      'validation_failed',
      bilingual(`第 ${i + 1} 条：没有类别 ${r.classPattern}`, `Rule ${i + 1}: no class ${r.classPattern}.`),
      field('classPattern'),
    );
  }
  if (r.areaCode) {
    const area = deps.router.geo.area(r.areaCode);
    if (!area || area.level === 'district' || !r.areaCode.startsWith(ctx.districtCode)) {
      throw new AppError(
        'validation_failed',
        bilingual(
          `第 ${i + 1} 条：没有区域 ${r.areaCode}`,
          `Rule ${i + 1}: no street, community or grid ${r.areaCode}.`,
        ),
        field('areaCode'),
      );
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
      throw new AppError(
        'validation_failed',
        bilingual(
          `第 ${i + 1} 条：星期须为 1–7 且不重复`,
          `Rule ${i + 1}: days are 1 (Monday) to 7, each once.`,
        ),
        field('timeWindow.days'),
      );
    }
    if (!clockOk(w.from) || !clockOk(w.to) || w.from === w.to) {
      throw new AppError(
        'validation_failed',
        bilingual(
          `第 ${i + 1} 条：时段须为 HH:MM 且起止不同`,
          `Rule ${i + 1}: from and to are HH:MM and differ.`,
        ),
        field('timeWindow'),
      );
    }
  }
  if (!deps.router.hasUnit(r.unitId)) {
    throw new AppError(
      'validation_failed',
      bilingual(`第 ${i + 1} 条：没有单位 ${r.unitId}`, `Rule ${i + 1}: no unit ${r.unitId}.`),
      field('unitId'),
    );
  }
  if (r.userId) {
    const u = await deps.db.query(
      'SELECT 1 FROM users WHERE id = $1 AND district_code = $2 AND active AND department_id = $3',
      [r.userId, ctx.districtCode, r.unitId],
    );
    if (!u.rows.length) {
      throw new AppError(
        'validation_failed',
        bilingual(
          `第 ${i + 1} 条：该人员不在此单位`,
          `Rule ${i + 1}: that person is not an active member of the unit.`,
        ),
        field('userId'),
      );
    }
  }
}

/** Replaces the responsibility list with the given lines, in the given order, at once for every process. */
export async function saveRules(deps: AdminDeps, ctx: RequestContext, rules: RuleInput[]) {
  const actor = authorize(ctx, { roles: ['administrator'] });
  for (const [i, r] of rules.entries()) await checkRule(deps, ctx, r, i);
  await deps.db.transaction(async (tx) => {
    await tx.query('DELETE FROM routing_rules WHERE district_code = $1', [ctx.districtCode]);
    for (const [i, r] of rules.entries()) {
      await tx.query(
        `INSERT INTO routing_rules (id, district_code, position, class_pattern, area_code, time_window, unit_id, user_id,
                                    note, active, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          randomUUID(),
          ctx.districtCode,
          i + 1,
          r.classPattern,
          r.areaCode ?? null,
          r.timeWindow ? JSON.stringify(r.timeWindow) : null,
          r.unitId,
          r.userId ?? null,
          r.note ?? '',
          r.active ?? true,
          actor.id,
        ],
      );
    }
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
    throw new AppError(
      'validation_failed',
      bilingual(`没有类别 ${q.classCode}`, `No class ${q.classCode}.`),
      'classCode',
    );
  }
  const location = deps.router.locate(q.lng, q.lat);
  if (!location) {
    throw new AppError(
      'unprocessable',
      bilingual('该位置不在本区范围内', 'This place is outside the district.'),
      'lng',
    );
  }
  return {
    location,
    decision: deps.router.route(q.classCode, location, q.at ?? deps.now()),
    gridWorkerId: deps.router.gridWorkerOf(location.grid.code),
  };
}
