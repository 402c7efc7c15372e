import { App } from 'antd';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import * as authApi from '../api/auth.ts';
import { ApiError, onForbidden, onUnauthenticated } from '../api/client.ts';
import type { Me } from '../api/types.ts';
import { useI18n } from '../i18n/index.tsx';

type SessionState =
  | { status: 'loading' }
  | { status: 'signedOut' }
  | { status: 'signedIn'; user: Me }
  | { status: 'error'; error: unknown };

export interface Session {
  state: SessionState;
  user: Me | null;
  /** After a successful sign-in the login forms hand over the user they got back. */
  signedIn: (user: Me) => void;
  signOut: () => Promise<void>;
  reload: () => void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const { message } = App.useApp();
  const { t } = useI18n();
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    void attempt;
    let cancelled = false;
    authApi
      .fetchMe()
      .then((user) => !cancelled && setState({ status: 'signedIn', user }))
      .catch((error: unknown) => {
        if (cancelled) return;
        if (error instanceof ApiError && error.status === 401) setState({ status: 'signedOut' });
        else setState({ status: 'error', error });
      });
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  // Any 401 from the API means the session is gone (expired or revoked): show the login page.
  useEffect(
    () =>
      onUnauthenticated(() =>
        setState((previous) => {
          if (previous.status === 'signedIn') void message.warning(t('error.sessionExpired'));
          return { status: 'signedOut' };
        }),
      ),
    [message, t],
  );

  // A 403 may mean the rights changed (a revoked agent, a changed role): read them again, without a reload, so
  // the header and the menu show what the user may do now.
  useEffect(
    () =>
      onForbidden(() => {
        authApi
          .fetchMe()
          .then((user) =>
            setState((previous) =>
              previous.status === 'signedIn' && sameRights(previous.user, user)
                ? previous
                : { status: 'signedIn', user },
            ),
          )
          .catch(() => undefined); // a 401 here is handled by the listener above
      }),
    [],
  );

  const signedIn = useCallback((user: Me) => setState({ status: 'signedIn', user }), []);

  const signOut = useCallback(async () => {
    try {
      await authApi.logout();
    } finally {
      setState({ status: 'signedOut' });
    }
  }, []);

  const reload = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const value = useMemo<Session>(
    () => ({ state, user: state.status === 'signedIn' ? state.user : null, signedIn, signOut, reload }),
    [state, signedIn, signOut, reload],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const context = useContext(SessionContext);
  if (!context) throw new Error('useSession must be used inside <SessionProvider>');
  return context;
}

/** The signed-in user; only for components rendered behind <RequireAuth>. */
export function useUser(): Me {
  const { user } = useSession();
  if (!user) throw new Error('useUser needs a signed-in user');
  return user;
}

/** Whether two readings of the user grant the same: then the session keeps the old object and nothing re-renders. */
function sameRights(a: Me, b: Me): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
