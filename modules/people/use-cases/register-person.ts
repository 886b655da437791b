import { DomainError, type ErrorDetail } from '@hearth/kernel';
import { inTransaction } from '@hearth/platform';
import { person, personAddress, personContact, personName } from '../db/schema.js';
import { loadPersonDetail } from '../adapters/people.repo.js';
import { normalizeFlags } from '../domain/flags.js';
import { MIN_REASON_LENGTH, parseInput, registerPersonInput } from '../domain/inputs.js';
import { markPairDecided } from '../adapters/match-candidates.repo.js';
import { searchColumns } from '../domain/names.js';
import type { PersonDetail } from '../domain/person.js';
import { isLikelyMatch } from '../domain/search-scoring.js';
import { parseSsn } from '../domain/ssn.js';
import type { PeopleDeps } from './ports.js';
import { actorOf, assertNotFuture, personSnapshot, type Viewer } from './shared.js';

/**
 * Registers a person after searching for them. Every registration searches; a likely match stops it with
 * DUPLICATE_SUSPECTED (409, data.candidates) unless the worker confirms it is someone else
 * (confirmedNotDuplicate), lists every likely match as reviewed (reviewedCandidateIds) and states why
 * (notDuplicateReason, at least 10 characters). The reason goes to the audit trail and each declared pair is
 * remembered as "not the same person". The SSN is encrypted before it reaches SQL; only its last four are kept.
 */
export async function registerPerson(input: unknown, viewer: Viewer, deps: Pick<PeopleDeps, 'database' | 'cipher' | 'clock' | 'search'>): Promise<PersonDetail> {
  const v = parseInput(registerPersonInput, input);
  assertNotFuture(v.dob, deps.clock.today(), 'dob');
  const ssn = v.ssn ? parseSsn(v.ssn)! : null;
  return inTransaction(deps.database, actorOf(viewer), async ({ tx, audit }) => {
    // Search before create, enforced: the registration itself searches with the same engine as the search page.
    const found = await deps.search.search({ q: [v.firstName, v.middleName, v.lastName].filter(Boolean).join(' '), dob: v.dob, ssnLast4: ssn?.last4 ?? null, limit: 10 }, tx);
    const suspects = found.filter(isLikelyMatch);
    if (suspects.length > 0) {
      const problems: ErrorDetail[] = [];
      if (v.confirmedNotDuplicate) {
        if (!v.notDuplicateReason || v.notDuplicateReason.length < MIN_REASON_LENGTH) {
          problems.push({ path: 'notDuplicateReason', message: `state why this is not the same person, in at least ${MIN_REASON_LENGTH} characters` });
        }
        const unreviewed = suspects.filter((s) => !v.reviewedCandidateIds.includes(s.person.id));
        if (unreviewed.length > 0) {
          problems.push({ path: 'reviewedCandidateIds', message: `review every likely match first (not reviewed: ${unreviewed.map((s) => s.person.id).join(', ')})` });
        }
      }
      if (!v.confirmedNotDuplicate || problems.length > 0) {
        throw new DomainError('DUPLICATE_SUSPECTED', 'This person may already be registered. Open the existing record, or state why this is someone else.', problems, {
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
      reason: suspects.length > 0 ? `not the same person as ${suspects.length} likely match(es): ${v.notDuplicateReason}` : null,
      before: null,
      after: {
        ...personSnapshot(created),
        aliases: detail.aliases,
        contacts: detail.contacts,
        addresses: detail.addresses,
        declaredNotSameAs: suspects.map((s) => ({ personId: s.person.id, score: s.score })),
      },
    });
    // Remembered, so the duplicate job does not propose these pairs again.
    for (const s of suspects) {
      await markPairDecided(tx, created.id, s.person.id, {
        status: 'not_same',
        reason: v.notDuplicateReason,
        decidedBy: viewer.principal.userId,
        at: deps.clock.now(),
        source: 'registration',
        probability: s.match?.probability ?? s.score,
        weight: s.match?.weight ?? 0,
        comparisons: s.match?.comparisons ?? [],
      });
    }
    return detail;
  });
}
