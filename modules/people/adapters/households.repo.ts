import { asc, eq, sql } from 'drizzle-orm';
import type { Sql } from '@hearth/platform';
import { household, householdMember, person } from '../db/schema.js';
import type { HouseholdDetail, HouseholdRole } from '../domain/person.js';
import { summaryColumns, toSummary } from './people.repo.js';

export async function findHousehold(tx: Sql, id: string) {
  const rows = await tx.select().from(household).where(eq(household.id, id));
  return rows[0] ?? null;
}

/** The household and its members over time, current members first. Summaries only: no addresses. */
export async function loadHouseholdDetail(tx: Sql, id: string): Promise<HouseholdDetail | null> {
  const h = await findHousehold(tx, id);
  if (!h) return null;
  const rows = await tx
    .select({ ...summaryColumns, role: householdMember.role, fromDate: householdMember.fromDate, toDate: householdMember.toDate, endReason: householdMember.endReason })
    .from(householdMember)
    .innerJoin(person, eq(person.id, householdMember.personId))
    .where(eq(householdMember.householdId, id))
    .orderBy(sql`${householdMember.toDate} IS NOT NULL`, sql`${householdMember.role} <> 'head'`, asc(householdMember.fromDate), asc(person.lastName), asc(person.firstName));
  return {
    id: h.id,
    name: h.name,
    members: rows.map((r) => ({ person: toSummary(r), role: r.role as HouseholdRole, fromDate: r.fromDate, toDate: r.toDate, endReason: r.endReason })),
  };
}
