import { type Query, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo } from 'react';
import * as authApi from '../api/auth.ts';
import { authKeys } from '../api/auth.ts';
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

/** Who is signed in: null when nobody is (the server answers 401), so a visitor is not an error. */
const meQuery = () =>
  queryOptions({
    queryKey: authKeys.me(),
    queryFn: async ({ signal }): Promise<Me | null> => {
      try {
        return await authApi.fetchMe(signal);
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    // Read once per visit; sign-in, sign-out, a 401 and a 403 change it (below).
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });

export function SessionProvider({ children }: { children: ReactNode }) {
  const { message } = App.useApp();
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const me = useQuery(meQuery());

  // Any 401 from the API means the session is gone (expired or revoked): show the login page.
  useEffect(
    () =>
      onUnauthenticated(() => {
        if (queryClient.getQueryData(authKeys.me())) void message.warning(t('error.sessionExpired'));
        queryClient.setQueryData(authKeys.me(), null);
      }),
    [message, t, queryClient],
  );

  // A 403 may mean the rights changed (a revoked agent, a changed role): read them again, without a reload, so
  // the header and the menu show what the user may do now. The same rights keep the same object (the cache
  // shares what did not change), so nothing re-renders then.
  useEffect(
    () =>
      onForbidden(() => {
        if (queryClient.getQueryData(authKeys.me()))
          void queryClient.refetchQueries({ queryKey: authKeys.me() }).catch(() => undefined);
      }),
    [queryClient],
  );

  // A new sign-in must not see what the cache kept of the one before: what no screen shows now is dropped, what
  // one shows is read again.
  const signedIn = useCallback(
    (user: Me) => {
      const others = (query: Query) => query.queryKey[0] !== authKeys.all[0];
      queryClient.removeQueries({ predicate: (query) => others(query) && query.getObserversCount() === 0 });
      void queryClient.invalidateQueries({ predicate: others });
      queryClient.setQueryData(authKeys.me(), user);
    },
    [queryClient],
  );

  const signOut = useCallback(async () => {
    try {
      await authApi.logout();
    } finally {
      queryClient.setQueryData(authKeys.me(), null);
    }
  }, [queryClient]);

  const reload = useCallback(() => void queryClient.resetQueries({ queryKey: authKeys.me() }), [queryClient]);

  const { data, error, isError } = me;
  const value = useMemo<Session>(() => {
    const state: SessionState = data
      ? { status: 'signedIn', user: data }
      : data === null
        ? { status: 'signedOut' }
        : isError
          ? { status: 'error', error }
          : { status: 'loading' };
    return { state, user: data ?? null, signedIn, signOut, reload };
  }, [data, error, isError, signedIn, signOut, reload]);
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
