import { eq, sql } from 'drizzle-orm';
import { DomainError } from '@hearth/kernel';
import { inTransaction } from '@hearth/platform';
import { person, personName } from '../db/schema.js';
import { loadPersonDetail } from '../adapters/people.repo.js';
import { parseInput, updatePersonInput } from '../domain/inputs.js';
import { searchColumns } from '../domain/names.js';
import type { PersonDetail } from '../domain/person.js';
import { redactForViewer } from '../domain/redact.js';
import { parseSsn } from '../domain/ssn.js';
import type { PeopleDeps } from './ports.js';
import { actorOf, assertNotFuture, authorizePerson, personSnapshot, requirePerson, type Viewer } from './shared.js';

/** Changes a person's core facts. A changed name is kept as a former name (searchable) unless told otherwise. */
export async function updatePerson(
  personId: string,
  input: unknown,
  viewer: Viewer,
  deps: Pick<PeopleDeps, 'database' | 'cipher' | 'clock' | 'scope'>,
): Promise<PersonDetail> {
  const v = parseInput(updatePersonInput, input);
  assertNotFuture(v.dob, deps.clock.today(), 'dob');
  return inTransaction(deps.database, actorOf(viewer), async ({ tx, audit }) => {
    const before = await requirePerson(tx, personId, { forUpdate: true });
    const access = await authorizePerson(tx, viewer, before, deps);
    if (v.expectedVersion !== undefined && v.expectedVersion !== before.version) {
      throw new DomainError('CONFLICT', 'Someone else changed this person since you opened the record. Reload and try again.', [], { version: before.version });
    }
    const name = {
      firstName: v.firstName ?? before.firstName,
      middleName: v.middleName !== undefined ? v.middleName : before.middleName,
      lastName: v.lastName ?? before.lastName,
      suffix: v.suffix !== undefined ? v.suffix : before.suffix,
    };
    const nameChanged =
      name.firstName !== before.firstName || name.middleName !== before.middleName || name.lastName !== before.lastName || name.suffix !== before.suffix;
    const ssn = v.ssn === undefined ? undefined : v.ssn === null ? null : parseSsn(v.ssn)!;
    const [row] = await tx
      .update(person)
      .set({
        ...name,
        ...searchColumns(name),
        ...(v.dob !== undefined ? { dob: v.dob } : {}),
        ...(ssn !== undefined ? { ssnEncrypted: ssn ? deps.cipher.encrypt(ssn.digits) : null, ssnLast4: ssn?.last4 ?? null } : {}),
        ...(v.sex !== undefined ? { sex: v.sex } : {}),
        ...(v.preferredLanguage !== undefined ? { preferredLanguage: v.preferredLanguage } : {}),
        version: sql`${person.version} + 1`,
        updatedAt: deps.clock.now(),
      })
      .where(eq(person.id, personId))
      .returning();
    const after = row!;
    if (nameChanged && v.recordFormerName) {
      await tx.insert(personName).values({
        personId,
        kind: 'former',
        firstName: before.firstName,
        middleName: before.middleName,
        lastName: before.lastName,
        suffix: before.suffix,
        searchName: before.searchName,
        createdBy: viewer.principal.userId,
      });
    }
    audit({
      action: 'person.updated',
      entityType: 'person',
      entityId: personId,
      personId,
      before: { ...personSnapshot(before), version: before.version },
      after: { ...personSnapshot(after), version: after.version, ssnChanged: ssn !== undefined },
    });
    return redactForViewer(await loadPersonDetail(tx, after), access.maySeeProtected);
  });
}
