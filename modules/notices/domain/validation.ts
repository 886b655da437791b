import { DomainError } from '@hearth/kernel';
import type { z } from 'zod';

/** Parses input with a schema; bad input becomes DomainError('VALIDATION') with one detail per field path. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, prefix = ''): z.output<T> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  throw new DomainError(
    'VALIDATION',
    'The request is not valid',
    r.error.issues.map((i) => ({ path: [prefix, ...i.path.map(String)].filter(Boolean).join('.') || '(root)', message: i.message })),
  );
}

export function invalid(problems: Array<{ path: string; message: string }>, prefix = ''): DomainError {
  return new DomainError('VALIDATION', 'The request is not valid', problems.map((p) => ({ path: [prefix, p.path].filter(Boolean).join('.'), message: p.message })));
}
