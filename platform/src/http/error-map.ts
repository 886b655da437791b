import type { DomainErrorCode } from '@hearth/kernel';

/** The one place where domain error codes become HTTP status codes. Missing a code is a compile error. */
export const HTTP_STATUS_BY_CODE: Record<DomainErrorCode, number> = {
  VALIDATION: 400,
  RULES_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  DUPLICATE_SUSPECTED: 409,
  INVALID_STATE: 409,
  FORBIDDEN: 403,
  NOT_IN_SCOPE: 403,
  BREAK_GLASS_REQUIRED: 403,
  REVIEW_REQUIRED: 403,
  SUPERVISOR_REQUIRED: 403,
  CSRF: 403,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_LOCKED: 423,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
};
