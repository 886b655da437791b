import { isApiError } from '../api/client';
import type { MessageKey } from '../i18n';

/** A sentence for any error: the API's own message, or a translated one for transport problems. */
export function errorMessage(e: unknown, t: (k: MessageKey) => string): string {
  if (isApiError(e)) {
    if (e.code === 'NETWORK') return t('errors.network');
    if (e.code === 'UNAUTHENTICATED') return t('errors.sessionExpired');
    return e.message || t('common.error');
  }
  if (e instanceof Error && e.message) return e.message;
  return t('common.error');
}
