import { authorize, type RequestContext } from '../identity/actor.ts';
import type { CaseDeps } from './case-context.ts';

interface WorkRow {
  id: string;
  case_no: string;
  item_name: string;
  applicant_name: string;
  state: string;
  channel: string;
  window_no: string | null;
  created_at: Date;
  updated_at: Date;
  opened_by: string | null;
}

/**
 * What waits for the windows — any clerk at any window takes any of it (认窗口不认部门): online applications
 * for pre-review (网上预审), cases every department agreed to that wait for the final check and seal, and the
 * cases this clerk opened and has not finished. Oldest first, so nothing waits longest by accident.
 */
export async function windowWork(deps: CaseDeps, ctx: RequestContext) {
  const actor = authorize(ctx, { roles: ['window_clerk'] });
  const r = await deps.db.query<WorkRow>(
    `SELECT id, case_no, item_name, applicant_name, state, channel, window_no, created_at, updated_at, opened_by
       FROM cases
      WHERE district_code = $1
        AND (state IN ('prereview', 'awaiting_seal') OR (state = 'checking' AND opened_by = $2))
      ORDER BY updated_at LIMIT 600`,
    [ctx.districtCode, actor.id],
  );
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
  const of = (state: string) => r.rows.filter((c) => c.state === state).map(view);
  return { prereview: of('prereview'), awaitingSeal: of('awaiting_seal'), unfinished: of('checking') };
}
