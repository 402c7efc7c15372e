import { Navigate } from 'react-router-dom';
import { areaById } from '../../areas.tsx';
import { useUser } from '../../auth/AuthContext.tsx';
import { type AreaId, canOpen } from '../../auth/access.ts';
import { AreaCards } from '../home/AreaCards.tsx';

/** The city-governance screens, in the order a role is most likely to need them. */
export const GOVERNANCE_SCREENS: readonly AreaId[] = [
  'govCommand',
  'govHotline',
  'govImport',
  'govQueue',
  'govPatrol',
];

/** /gov: straight to the user's own screen when there is one; the screens as cards when there are several. */
export function GovernanceIndex() {
  const user = useUser();
  const screens = GOVERNANCE_SCREENS.filter((id) => canOpen(user.roles, id)).map(areaById);
  if (screens.length === 1) return <Navigate to={screens[0]!.path} replace />;
  return (
    <div className="page">
      <AreaCards areas={screens} />
    </div>
  );
}
