import type { RequestContext } from '../identity/actor.ts';
import { authorizeCaseRead } from './case-access.ts';
import type { CaseDeps } from './case-context.ts';
import { caseView } from './case-view.ts';
import { caseErrors } from './cases.errors.ts';
import { findCase, readNodes } from './cases.repo.ts';
import { definitionOf } from './load-case.ts';

/** One case with its checklist, nodes, timeline and the actions this reader may take. */
export async function getCase(deps: CaseDeps, ctx: RequestContext, id: string) {
  const c = await findCase(deps.db, ctx.districtCode, id);
  if (!c) throw caseErrors.notFound();
  const actor = authorizeCaseRead(ctx, c, await readNodes(deps.db, c.id));
  return caseView(deps.db, c, await definitionOf(deps.db, c), actor);
}
