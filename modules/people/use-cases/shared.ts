import { DomainError, notFound } from '@hearth/kernel';
import type { Actor, Sql } from '@hearth/platform';
import type { Principal } from '@hearth/identity';
import { findPerson, hasActiveGrant, pgConstraint, pgErrorCode, type PersonRow } from '../adapters/people.repo.js';
import { decidePersonAccess, type PersonAccess } from '../domain/person-access.js';
import { invalid } from '../domain/inputs.js';
import type { PeopleDeps } from './ports.js';

/** The signed-in staff member acting, and where from (for the audit and access logs). */
export interface Viewer {
  principal: Principal;
  ip?: string;
}

export function actorOf(viewer: Viewer): Actor {
  return viewer.ip === undefined ? { userId: viewer.principal.userId } : { userId: viewer.principal.userId, ip: viewer.ip };
}

export type AllowedAccess = Extract<PersonAccess, { allowed: true }> & { grantReason: string | null };

/**
 * Decides whether the viewer may open this person, or throws BREAK_GLASS_REQUIRED (403) with data.reason.
 * Reads and writes of an existing person both pass through here.
 */
export async function authorizePerson(tx: Sql, viewer: Viewer, row: PersonRow, deps: Pick<PeopleDeps, 'scope' | 'clock'>): Promise<AllowedAccess> {
  const records = await deps.scope.scopedRecordsFor(row.id, tx);
  const grant = await hasActiveGrant(tx, viewer.principal.userId, row.id, deps.clock.now());
  const access = decidePersonAccess(viewer.principal, { restricted: Boolean(row.restricted) }, records, grant !== null);
  if (!access.allowed) {
    throw new DomainError(
      'BREAK_GLASS_REQUIRED',
      access.reason === 'restricted'
        ? 'This record is restricted. State your reason to open it; the access will be logged.'
        : 'This person is outside your caseload. State your reason to open the record; the access will be logged.',
      [],
      { reason: access.reason, personId: row.id },
    );
  }
  return { ...access, grantReason: access.basis === 'break_glass' ? (grant?.reason ?? null) : null };
}

/**
 * The person, or NOT_FOUND. A record merged into another person is refused (CONFLICT, data.mergedInto) unless
 * the caller asks for it (reads that show the pointer, unmerge): nothing may be added to a merged-away record.
 */
export async function requirePerson(tx: Sql, id: string, opts: { forUpdate?: boolean; allowMerged?: boolean } = {}): Promise<PersonRow> {
  const row = await findPerson(tx, id, opts);
  if (!row) throw notFound('Person', id);
  if (row.mergedInto && !opts.allowMerged) {
    throw new DomainError('CONFLICT', 'This record was merged into another person. Open the surviving record.', [], { reason: 'merged', personId: id, mergedInto: row.mergedInto });
  }
  return row;
}

export function assertNotFuture(date: string | null | undefined, today: string, path: string): void {
  if (date && date > today) throw invalid(path, 'must not be in the future');
}

/** Turns constraint violations a user can cause into 409s instead of 500s. */
export function conflictFrom(err: unknown, messages: Record<string, string>): never {
  const code = pgErrorCode(err);
  const constraint = pgConstraint(err) ?? '';
  if (code === '23505' || code === '23P01') {
    throw new DomainError('CONFLICT', messages[constraint] ?? 'This conflicts with an existing record', [], { constraint });
  }
  throw err;
}

/** What the audit log keeps of a person row: never the SSN, not even its ciphertext. */
export function personSnapshot(row: PersonRow) {
  return {
    firstName: row.firstName,
    middleName: row.middleName,
    lastName: row.lastName,
    suffix: row.suffix,
    dob: row.dob,
    ssnLast4: row.ssnLast4,
    sex: row.sex,
    preferredLanguage: row.preferredLanguage,
    flags: row.flags,
  };
}
