import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isApiError, type ApiError } from '../../api/client';

/**
 * Loads a record that may answer 403 BREAK_GLASS_REQUIRED. Returns the query plus the refusal (if any) and
 * a callback that refetches once glass is broken.
 */
export function useGuardedRecord<T>(key: readonly unknown[], path: string, enabled = true) {
  const qc = useQueryClient();
  const query = useQuery({ queryKey: key, queryFn: () => api.get<T>(path), enabled });
  const refusal: ApiError | null = isApiError(query.error) && query.error.isBreakGlass ? query.error : null;
  const granted = () => {
    void qc.invalidateQueries({ queryKey: key });
  };
  return { query, refusal, granted };
}
