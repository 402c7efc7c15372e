import { Navigate } from 'react-router-dom';
import { openableAreas } from '../../areas.tsx';
import { useUser } from '../../auth/AuthContext.tsx';
import { AreaCards } from '../home/AreaCards.tsx';

/** /service: straight to the user's own screen when there is one; the screens as cards when there are several. */
export function ServiceIndex() {
  const user = useUser();
  const screens = openableAreas(user.roles).filter(
    (area) => area.group === 'service' && area.inMenu !== false,
  );
  if (screens.length === 1) return <Navigate to={screens[0]!.path} replace />;
  return (
    <div className="page">
      <AreaCards areas={screens} />
    </div>
  );
}
