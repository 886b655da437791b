import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/client';
import { fieldErrors } from '../../ui/fields';

/** A mutation for a small form: field errors from the API, a success message for the live region, and cache refresh. */
export function useFormMutation<TVars, TResult>(fn: (v: TVars) => Promise<TResult>, opts: { invalidate: unknown[][]; success?: (r: TResult) => string; onSuccess?: (r: TResult) => void }) {
  const qc = useQueryClient();
  const [message, setMessage] = useState('');
  const m = useMutation({
    mutationFn: fn,
    onMutate: () => setMessage(''),
    onSuccess: (r) => {
      if (opts.success) setMessage(opts.success(r));
      opts.onSuccess?.(r);
      for (const key of opts.invalidate) void qc.invalidateQueries({ queryKey: key });
    },
  });
  return { ...m, message, fieldErrors: fieldErrors(isApiError(m.error) ? m.error : null) };
}
