import type { Role } from '@yimen/shared/roles';
import type { Queryable } from '../../db/client.ts';
import { citizenRoles } from '../enterprise-agents/agent-actor.ts';
import { isActiveAgent } from '../enterprise-agents/enterprise-agents.repo.ts';
import { findMeRow } from './identity.repo.ts';

export interface MeView {
  id: string;
  kind: 'staff' | 'citizen' | 'integration';
  displayName: string;
  username: string | null;
  phoneMasked: string | null;
  roles: Role[];
  department: { id: string; nameZh: string; nameEn: string } | null;
  jurisdiction: { code: string; name: string; level: string } | null;
}

export const maskPhone = (phone: string): string => `${phone.slice(0, 3)}****${phone.slice(-4)}`;

/** The signed-in user as the web client shows it: names of the department and jurisdiction resolved. */
export async function loadMe(db: Queryable, userId: string): Promise<MeView | null> {
  const u = await findMeRow(db, userId);
  if (!u) return null;
  return {
    id: u.id,
    kind: u.kind,
    displayName: u.display_name,
    username: u.username,
    phoneMasked: u.phone ? maskPhone(u.phone) : null,
    roles: u.kind === 'citizen' ? citizenRoles(await isActiveAgent(db, u.phone)) : u.roles,
    department: u.department_id
      ? { id: u.department_id, nameZh: u.name_zh ?? '', nameEn: u.name_en ?? '' }
      : null,
    jurisdiction: u.jurisdiction_code
      ? { code: u.jurisdiction_code, name: u.area_name ?? '', level: u.area_level ?? '' }
      : null,
  };
}
