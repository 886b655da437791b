/**
 * A DomainError carries a stable code. The HTTP layer maps codes to status codes in one table
 * (platform/src/http/error-map.ts); the compiler checks that no code is missing there.
 */
export const DOMAIN_ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'NOT_IN_SCOPE',
  'BREAK_GLASS_REQUIRED',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'CSRF',
  'INVALID_STATE',
  'REVIEW_REQUIRED',
  'SUPERVISOR_REQUIRED',
  'DUPLICATE_SUSPECTED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'RATE_LIMITED',
  'RULES_INPUT',
] as const;

export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export interface ErrorDetail {
  path: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: ErrorDetail[] = [],
    readonly data?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function notFound(what: string, id?: string): DomainError {
  return new DomainError('NOT_FOUND', id ? `${what} ${id} was not found` : `${what} was not found`);
}
