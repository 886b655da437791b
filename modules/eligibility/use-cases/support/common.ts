import { z } from 'zod';
import { DomainError, isDateOnly } from '@hearth/kernel';
import type { UnitOfWork } from '@hearth/platform';
import type { Principal } from '@hearth/identity';
import type { Caller } from '@hearth/cases';

export type { Caller };

export const dateString = z.string().refine(isDateOnly, 'must be a date YYYY-MM-DD');
export const monthString = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month YYYY-MM');

export function actorFor(caller: Caller) {
  return caller.ip ? { userId: caller.principal.userId, ip: caller.ip } : { userId: caller.principal.userId };
}

/** Parses a use case's input; bad input becomes DomainError('VALIDATION') with field paths. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, prefix = ''): z.output<T> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  throw new DomainError('VALIDATION', 'The request is not valid', r.error.issues.map((i) => ({ path: [prefix, ...i.path.map(String)].filter(Boolean).join('.') || '(root)', message: i.message })));
}

export function invalid(path: string, message: string): DomainError {
  return new DomainError('VALIDATION', 'The request is not valid', [{ path, message }]);
}

/** Records a change with the entity's full row after it. */
export function record(
  uow: UnitOfWork,
  e: { action: string; entityType: string; row: { id?: string } & Record<string, unknown>; entityId?: string; caseId?: string | null; personId?: string | null; before?: unknown; reason?: string | null },
): void {
  uow.audit({
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId ?? String(e.row.id),
    caseId: e.caseId ?? null,
    personId: e.personId ?? null,
    reason: e.reason ?? null,
    before: e.before ?? null,
    after: e.row,
  });
}

/**
 * The principal the system's own sweeps act as when they raise tasks through the cases module: it sees every case
 * (like an auditor) and may only write tasks. Its userId is null, so audit events name no person.
 */
export function systemCaller(): Caller {
  const principal = {
    userId: null as unknown as string,
    username: 'system',
    displayName: 'Hearth (automatic sweep)',
    roleCode: 'system',
    roleName: 'System',
    level: null,
    decisionsReviewed: false,
    permissions: new Set(['case.read', 'case.write', 'task.write']),
    unitIds: [],
    leadUnitIds: [],
    supervisorUnitIds: [],
    programCodes: [],
    seesEverything: true,
    sessionId: null,
    preferredLanguage: 'en',
  } satisfies Principal;
  return { principal };
}
