import { DomainError } from '@hearth/kernel';
import type { z } from 'zod';

/** Parses a use case's input; bad input becomes DomainError('VALIDATION') with one detail a field path. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, prefix = ''): z.output<T> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  throw new DomainError(
    'VALIDATION',
    'The request is not valid',
    r.error.issues.map((i) => ({ path: [prefix, ...i.path.map(String)].filter(Boolean).join('.') || '(root)', message: i.message })),
  );
}
