import { and, asc, desc, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Sql } from '@hearth/platform';
import { household, householdMember, person, personAccessGrant, personAddress, personContact, personName, relationship } from '../db/schema.js';
import type { PersonFlag } from '../domain/flags.js';
import { displayName } from '../domain/names.js';
import type {
  AddressKind,
  ContactKind,
  HouseholdRole,
  NameKind,
  PersonAddress,
  PersonAlias,
  PersonContact,
  PersonDetail,
  PersonHousehold,
  PersonRelationship,
  PersonSummary,
  Sex,
} from '../domain/person.js';
import { tieFromSideOf, type RelationshipType } from '../domain/relationship-types.js';

/** Queries of the person registry. They fetch and store; the use cases decide. */

export type PersonRow = typeof person.$inferSelect;

export const summaryColumns = {
  id: person.id,
  firstName: person.firstName,
  middleName: person.middleName,
  lastName: person.lastName,
  suffix: person.suffix,
  dob: person.dob,
  ssnLast4: person.ssnLast4,
  sex: person.sex,
  preferredLanguage: person.preferredLanguage,
  restricted: person.restricted,
  flags: person.flags,
};

export function toSummary(r: Pick<PersonRow, keyof typeof summaryColumns>): PersonSummary {
  return {
    id: r.id,
    firstName: r.firstName,
    middleName: r.middleName,
    lastName: r.lastName,
    suffix: r.suffix,
    dob: r.dob,
    ssnLast4: r.ssnLast4,
    sex: r.sex as Sex,
    preferredLanguage: r.preferredLanguage,
    restricted: Boolean(r.restricted),
    flags: r.flags as PersonFlag[],
  };
}

export async function findPerson(tx: Sql, id: string, opts: { forUpdate?: boolean } = {}): Promise<PersonRow | null> {
  const q = tx.select().from(person).where(eq(person.id, id));
  const rows = opts.forUpdate ? await q.for('update') : await q;
  return rows[0] ?? null;
}

export async function findPeopleSummaries(tx: Sql, ids: readonly string[]): Promise<PersonSummary[]> {
  if (ids.length === 0) return [];
  const rows = await tx.select(summaryColumns).from(person).where(inArray(person.id, [...new Set(ids)]));
  return rows.map(toSummary);
}

export async function existingPersonIds(tx: Sql, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx.select({ id: person.id }).from(person).where(and(inArray(person.id, [...new Set(ids)]), isNull(person.mergedInto)));
  return new Set(rows.map((r) => r.id));
}

export async function loadAliases(tx: Sql, personId: string): Promise<PersonAlias[]> {
  const rows = await tx.select().from(personName).where(eq(personName.personId, personId)).orderBy(asc(personName.createdAt), asc(personName.id));
  return rows.map((r) => ({ id: r.id, kind: r.kind as NameKind, firstName: r.firstName, middleName: r.middleName, lastName: r.lastName, suffix: r.suffix }));
}

export async function loadContacts(tx: Sql, personId: string): Promise<PersonContact[]> {
  const rows = await tx
    .select()
    .from(personContact)
    .where(eq(personContact.personId, personId))
    .orderBy(asc(personContact.kind), desc(personContact.isPrimary), asc(personContact.createdAt), asc(personContact.id));
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as ContactKind,
    value: r.value,
    label: r.label,
    detail: r.detail,
    isPrimary: r.isPrimary,
    fromDate: r.fromDate,
    toDate: r.toDate,
  }));
}

export function toAddress(r: typeof personAddress.$inferSelect): PersonAddress {
  return {
    id: r.id,
    kind: r.kind as AddressKind,
    line1: r.line1,
    line2: r.line2,
    city: r.city,
    state: r.state,
    postalCode: r.postalCode,
    county: r.county,
    fromDate: r.fromDate,
    toDate: r.toDate,
  };
}

export async function loadAddresses(tx: Sql, personId: string): Promise<PersonAddress[]> {
  const rows = await tx
    .select()
    .from(personAddress)
    .where(eq(personAddress.personId, personId))
    .orderBy(sql`${personAddress.toDate} IS NOT NULL`, desc(personAddress.fromDate), asc(personAddress.id));
  return rows.map(toAddress);
}

export async function loadRelationships(tx: Sql, personId: string): Promise<PersonRelationship[]> {
  const rows = await tx
    .select()
    .from(relationship)
    .where(or(eq(relationship.personAId, personId), eq(relationship.personBId, personId)))
    .orderBy(asc(relationship.createdAt), asc(relationship.id));
  const sides = rows.map((r) => ({ row: r, side: tieFromSideOf({ personAId: r.personAId, personBId: r.personBId, type: r.type as RelationshipType }, personId) }));
  const others = new Map((await findPeopleSummaries(tx, sides.map((s) => s.side.otherPersonId))).map((p) => [p.id, p]));
  return sides.map(({ row, side }) => {
    const other = others.get(side.otherPersonId);
    return {
      id: row.id,
      type: side.type,
      person: { id: side.otherPersonId, name: other ? displayName(other) : '(unknown)', restricted: other?.restricted ?? false },
      fromDate: row.fromDate,
      toDate: row.toDate,
    };
  });
}

export async function loadHouseholds(tx: Sql, personId: string): Promise<PersonHousehold[]> {
  const rows = await tx
    .select({ householdId: household.id, name: household.name, role: householdMember.role, fromDate: householdMember.fromDate, toDate: householdMember.toDate })
    .from(householdMember)
    .innerJoin(household, eq(household.id, householdMember.householdId))
    .where(eq(householdMember.personId, personId))
    .orderBy(sql`${householdMember.toDate} IS NOT NULL`, desc(householdMember.fromDate));
  return rows.map((r) => ({ ...r, role: r.role as HouseholdRole }));
}

/** The whole record, unredacted. Callers must pass it through redactForViewer before it leaves the module. */
export async function loadPersonDetail(tx: Sql, row: PersonRow): Promise<PersonDetail> {
  const [aliases, contacts, addresses, relationships, households] = [
    await loadAliases(tx, row.id),
    await loadContacts(tx, row.id),
    await loadAddresses(tx, row.id),
    await loadRelationships(tx, row.id),
    await loadHouseholds(tx, row.id),
  ];
  return {
    ...toSummary(row),
    aliases,
    contacts,
    addresses,
    addressSuppressed: false,
    employerSuppressed: false,
    relationships,
    households,
    version: row.version,
    mergedInto: row.mergedInto ?? null,
  };
}

export async function hasActiveGrant(tx: Sql, userId: string, personId: string, now: Date): Promise<{ reason: string } | null> {
  const rows = await tx
    .select({ reason: personAccessGrant.reason })
    .from(personAccessGrant)
    .where(and(eq(personAccessGrant.userId, userId), eq(personAccessGrant.personId, personId), gt(personAccessGrant.expiresAt, now)))
    .orderBy(desc(personAccessGrant.expiresAt))
    .limit(1);
  return rows[0] ?? null;
}

export async function activeMembership(tx: Sql, householdId: string, personId: string) {
  const rows = await tx
    .select()
    .from(householdMember)
    .where(and(eq(householdMember.householdId, householdId), eq(householdMember.personId, personId), isNull(householdMember.toDate)))
    .for('update');
  return rows[0] ?? null;
}

/** Postgres error code of a failed statement (drizzle wraps the driver's error in `cause`). */
export function pgErrorCode(err: unknown): string | undefined {
  let e: any = err;
  for (let i = 0; i < 4 && e; i++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
    e = e.cause;
  }
  return undefined;
}

export function pgConstraint(err: unknown): string | undefined {
  let e: any = err;
  for (let i = 0; i < 4 && e; i++) {
    if (typeof e.constraint === 'string') return e.constraint;
    e = e.cause;
  }
  return undefined;
}
