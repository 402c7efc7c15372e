import type { Queryable } from '../../db/client.ts';
import { authorize, type RequestContext } from '../identity/actor.ts';
import type { CaseDeps } from './case-context.ts';
import { casesAtWindowsRows, type WorkRow } from './case-lists.repo.ts';

/**
 * What waits for the windows — any clerk at any window takes any of it (认窗口不认部门): online applications
 * for pre-review (网上预审), cases every department agreed to that wait for the final check and seal, and the
 * cases this clerk opened and has not finished. Oldest first, so nothing waits longest by accident.
 */
export async function windowWork(deps: CaseDeps, ctx: RequestContext) {
  const actor = authorize(ctx, { roles: ['window_clerk'] });
  return casesAtWindows(deps.db, ctx.districtCode, actor.id);
}

/**
 * The cases waiting at the windows, grouped: online applications for pre-review, cases waiting for the seal, and
 * cases opened at a window and not finished — the given clerk's own, or every clerk's (the supervisor's board).
 */
export async function casesAtWindows(db: Queryable, districtCode: string, clerkId: string | null) {
  const rows = await casesAtWindowsRows(db, districtCode, clerkId);
  const view = (c: WorkRow) => ({
    id: c.id,
    caseNo: c.case_no,
    itemName: c.item_name,
    applicantName: c.applicant_name,
    state: c.state,
    channel: c.channel,
    windowNo: c.window_no,
    createdAt: c.created_at.toISOString(),
    waitingSince: c.updated_at.toISOString(),
  });
  const of = (state: string) => rows.filter((c) => c.state === state).map(view);
  return { prereview: of('prereview'), awaitingSeal: of('awaiting_seal'), unfinished: of('checking') };
}
