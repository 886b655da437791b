import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api/client';
import { SESSION_KEY } from './features/session/session';

/** One QueryClient; a 401 anywhere ends the session in the UI (the sign-in page takes over). */
export function createQueryClient(): QueryClient {
  const onError = (e: unknown) => {
    if (e instanceof ApiError && e.status === 401 && e.code !== 'INVALID_CREDENTIALS') {
      qc.setQueryData(SESSION_KEY, null);
    }
  };
  const qc: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (e, query) => (query.queryKey[0] === SESSION_KEY[0] ? undefined : onError(e)) }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        retry: (count, e) => !(e instanceof ApiError && e.status >= 400 && e.status < 500) && count < 2,
        refetchOnWindowFocus: false,
        staleTime: 15_000,
      },
    },
  });
  return qc;
}
