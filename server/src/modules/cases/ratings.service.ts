import { randomUUID } from 'node:crypto';
import { RATING_LABELS, type RatingInput } from '@yimen/shared/ratings';
import { recordAudit } from '../audit/audit.repo.ts';
import { authorize, type RequestContext } from '../identity/actor.ts';
import { isOwnCase } from './case-access.ts';
import type { CaseDeps } from './case-context.ts';
import { caseErrors } from './cases.errors.ts';
import { appendEvent, lockCase } from './cases.repo.ts';
import { insertRating, isRated } from './ratings.repo.ts';
import { openRectification } from './rectifications.repo.ts';

/** A rating this low opens a rectification (整改) with a return visit. */
const BAD = 2;
const RECTIFY_WORKING_DAYS = 15;

/**
 * One rating per completed case: by the applicant on the portal, or on the rating pad at the window (the clerk's
 * session records it). A bad rating opens a rectification for the item's department, due in 15 working days.
 */
export async function rateCase(deps: CaseDeps, ctx: RequestContext, caseId: string, input: RatingInput) {
  const actor = authorize(ctx, { roles: ['citizen', 'enterprise_agent', 'window_clerk'] });
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const c = await lockCase(tx, ctx.districtCode, caseId);
    if (!c) throw caseErrors.notFound();
    const applicant = actor.kind === 'citizen';
    if (applicant && !isOwnCase(actor, c)) {
      throw caseErrors.rateOnlyOwn();
    }
    if (c.state !== 'completed') {
      throw caseErrors.notCompletedYet();
    }
    if (await isRated(tx, c.id)) throw caseErrors.ratedAlready();
    await insertRating(tx, {
      caseId: c.id,
      level: input.level,
      indicators: input.indicators,
      comment: input.comment ?? null,
      source: applicant ? 'portal' : 'window_pad',
      ratedBy: actor.id,
    });
    let rectificationId: string | null = null;
    if (input.level <= BAD) {
      rectificationId = randomUUID();
      await openRectification(tx, {
        id: rectificationId,
        districtCode: ctx.districtCode,
        caseId: c.id,
        departmentId: c.department_id,
        dueAt: deps.deadlines.addWorkingDays(now, RECTIFY_WORKING_DAYS),
      });
    }
    await appendEvent(tx, ctx, c.id, {
      action: 'rate',
      details: { level: input.level, indicators: input.indicators, rectificationId },
    });
    await recordAudit(tx, ctx, {
      action: 'case.rate',
      targetType: 'case',
      targetId: c.case_no,
      details: { level: input.level },
    });
    return {
      level: input.level,
      label: RATING_LABELS[input.level],
      rectificationId,
    };
  });
}
