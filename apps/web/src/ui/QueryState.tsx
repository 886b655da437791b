import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useT } from '../i18n';
import { errorMessage } from './errorMessage';

/** Loading and error states for one query; renders children(data) once it has arrived. */
export function QueryState<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const { t } = useT();
  if (query.isPending) {
    return (
      <p role="status" className="text-base-dark">
        {t('common.loading')}
      </p>
    );
  }
  if (query.isError) {
    return (
      <div className="usa-alert usa-alert--error usa-alert--slim margin-y-2" role="alert">
        <div className="usa-alert__body">
          <p className="usa-alert__text">
            {errorMessage(query.error, t)}{' '}
            <button type="button" className="usa-button usa-button--unstyled" onClick={() => void query.refetch()}>
              {t('common.retry')}
            </button>
          </p>
        </div>
      </div>
    );
  }
  return <>{children(query.data as T)}</>;
}
