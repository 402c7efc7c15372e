import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { areaById } from '../areas.tsx';
import { useSession } from '../auth/AuthContext.tsx';
import { type AreaId, canOpen } from '../auth/access.ts';
import { useI18n } from '../i18n/index.tsx';
import { ForbiddenPage } from '../pages/forbidden/ForbiddenPage.tsx';
import { ErrorPage } from './ErrorPage.tsx';
import { FullPageSpinner } from './FullPageSpinner.tsx';

/** Renders children only with a session; otherwise sends the user to sign in and back here afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { state, reload } = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <FullPageSpinner />;
  if (state.status === 'error') return <ErrorPage error={state.error} onRetry={reload} />;
  if (state.status === 'signedOut') {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return children;
}

/** Renders children when one of the user's roles may open the area, and the 403 page otherwise. */
export function RequireRole({ area, children }: { area: AreaId; children: ReactNode }) {
  const { user } = useSession();
  const { t } = useI18n();
  if (!user || !canOpen(user.roles, area)) return <ForbiddenPage page={t(areaById(area).title)} />;
  return children;
}
