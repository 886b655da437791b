import { DomainError } from '@hearth/kernel';
import { inTransaction } from '@hearth/platform';
import { person, personAddress, personContact, personName } from '../db/schema.js';
import { loadPersonDetail } from '../adapters/people.repo.js';
import { normalizeFlags } from '../domain/flags.js';
import { parseInput, registerPersonInput } from '../domain/inputs.js';
import { searchColumns } from '../domain/names.js';
import type { PersonDetail } from '../domain/person.js';
import { isSuspectedDuplicate } from '../domain/search-scoring.js';
import { parseSsn } from '../domain/ssn.js';
import type { PeopleDeps } from './ports.js';
import { actorOf, assertNotFuture, personSnapshot, type Viewer } from './shared.js';

/**
 * Registers a person after searching for them. A close name with the same date of birth or SSN last four
 * stops the registration with DUPLICATE_SUSPECTED (409, data.candidates) unless the worker confirms it is
 * someone else. The SSN is encrypted before it reaches SQL; only its last four are kept in clear.
 */
export async function registerPerson(input: unknown, viewer: Viewer, deps: Pick<PeopleDeps, 'database' | 'cipher' | 'clock' | 'search'>): Promise<PersonDetail> {
  const v = parseInput(registerPersonInput, input);
  assertNotFuture(v.dob, deps.clock.today(), 'dob');
  const ssn = v.ssn ? parseSsn(v.ssn)! : null;
  return inTransaction(deps.database, actorOf(viewer), async ({ tx, audit }) => {
    if (!v.confirmedNotDuplicate && (v.dob || ssn)) {
      const found = await deps.search.search({ q: [v.firstName, v.middleName, v.lastName].filter(Boolean).join(' '), dob: v.dob, ssnLast4: ssn?.last4 ?? null, limit: 5 }, tx);
      const suspects = found.filter((r) => isSuspectedDuplicate(r.reasons));
      if (suspects.length > 0) {
        throw new DomainError('DUPLICATE_SUSPECTED', 'This person may already be registered. Open the existing record, or confirm this is someone else.', [], {
          candidates: suspects,
        });
      }
    }
    const [row] = await tx
      .insert(person)
      .values({
        firstName: v.firstName,
        middleName: v.middleName,
        lastName: v.lastName,
        suffix: v.suffix,
        dob: v.dob,
        ssnEncrypted: ssn ? deps.cipher.encrypt(ssn.digits) : null,
        ssnLast4: ssn?.last4 ?? null,
        sex: v.sex,
        preferredLanguage: v.preferredLanguage,
        flags: normalizeFlags(v.flags),
        ...searchColumns(v),
        createdBy: viewer.principal.userId,
      })
      .returning();
    const created = row!;
    if (v.aliases.length > 0) {
      await tx.insert(personName).values(v.aliases.map((a) => ({ personId: created.id, ...a, searchName: searchColumns(a).searchName, createdBy: viewer.principal.userId })));
    }
    if (v.contacts.length > 0) {
      await tx.insert(personContact).values(v.contacts.map((c) => ({ personId: created.id, ...c, createdBy: viewer.principal.userId })));
    }
    if (v.addresses.length > 0) {
      await tx.insert(personAddress).values(v.addresses.map((a) => ({ personId: created.id, ...a, createdBy: viewer.principal.userId })));
    }
    // The registrant typed every detail in: they see the record whole.
    const detail = await loadPersonDetail(tx, created);
    audit({
      action: 'person.registered',
      entityType: 'person',
      entityId: created.id,
      personId: created.id,
      reason: v.confirmedNotDuplicate ? 'registered after confirming not a duplicate' : null,
      before: null,
      after: { ...personSnapshot(created), aliases: detail.aliases, contacts: detail.contacts, addresses: detail.addresses },
    });
    return detail;
  });
}
