import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './client.ts';

/** A refusal (4xx) will be refused again: only network failures and 5xx answers are tried once more. */
const worthRetrying = (failures: number, error: unknown): boolean =>
  failures < 1 && !(error instanceof ApiError && error.status >= 400 && error.status < 500);

/**
 * The one cache of server data. Every read goes through `useQuery` with a key from the `keys` of its api module
 * (e.g. `caseKeys.detail(id)`); every change ends by invalidating the keys it touched, so each screen that shows
 * the data reads it again. Live messages (the governance stream, 我的消息) write into this cache too.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: worthRetrying,
        // A clerk's screen should show what the server has now: re-read on focus, keep briefly to avoid a
        // request storm when several parts of a page ask for the same thing.
        staleTime: 5_000,
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
}
