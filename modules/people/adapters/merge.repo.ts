import { sql } from 'drizzle-orm';
import type { Sql } from '@hearth/platform';
import { isSymmetric, type RelationshipType } from '../domain/relationship-types.js';

/**
 * The people module's own references moved by a merge, and put back by an unmerge.
 * Rows are moved by id, so an unmerge moves back exactly those rows (wherever they were changed since) and
 * leaves rows added to the survivor after the merge where they are. A row that cannot move because the
 * survivor already holds its twin (the same current tie, an overlapping membership of the same household, a
 * tie between the two records themselves) is set aside whole (to_jsonb) and re-inserted on unmerge.
 */
export interface PeopleUndo {
  names: string[];
  contacts: string[];
  addresses: string[];
  relationships: Array<{ id: string; personAId: string; personBId: string }>;
  householdMembers: string[];
  setAside: { relationship: unknown[]; household_member: unknown[] };
}

const ids = (rows: Array<{ id: string }>) => rows.map((r) => r.id);

async function moveAll(tx: Sql, table: 'person_name' | 'person_contact' | 'person_address', from: string, to: string): Promise<string[]> {
  const r = await tx.execute<{ id: string }>(sql`UPDATE ${sql.identifier(table)} SET person_id = ${to} WHERE person_id = ${from} RETURNING id`);
  return ids(r.rows).sort();
}

async function setAside(tx: Sql, table: 'relationship' | 'household_member', id: string): Promise<unknown> {
  const r = await tx.execute<{ row: unknown }>(sql`DELETE FROM ${sql.identifier(table)} t WHERE t.id = ${id} RETURNING to_jsonb(t) AS row`);
  return r.rows[0]!.row;
}

export async function movePeopleReferences(tx: Sql, from: string, to: string): Promise<PeopleUndo> {
  const undo: PeopleUndo = { names: [], contacts: [], addresses: [], relationships: [], householdMembers: [], setAside: { relationship: [], household_member: [] } };
  undo.names = await moveAll(tx, 'person_name', from, to);
  undo.contacts = await moveAll(tx, 'person_contact', from, to);
  undo.addresses = await moveAll(tx, 'person_address', from, to);

  const rels = await tx.execute<{ id: string; person_a_id: string; person_b_id: string; type: string; to_date: string | null }>(
    sql`SELECT id, person_a_id, person_b_id, type, to_date FROM relationship WHERE person_a_id = ${from} OR person_b_id = ${from} ORDER BY created_at, id FOR UPDATE`,
  );
  for (const r of rels.rows) {
    let a = r.person_a_id === from ? to : r.person_a_id;
    let b = r.person_b_id === from ? to : r.person_b_id;
    if (a === b) {
      undo.setAside.relationship.push(await setAside(tx, 'relationship', r.id));
      continue;
    }
    if (isSymmetric(r.type as RelationshipType) && a > b) [a, b] = [b, a];
    if (r.to_date === null) {
      const twin = await tx.execute(sql`SELECT 1 FROM relationship WHERE person_a_id = ${a} AND person_b_id = ${b} AND type = ${r.type} AND to_date IS NULL AND id <> ${r.id}`);
      if (twin.rows.length > 0) {
        undo.setAside.relationship.push(await setAside(tx, 'relationship', r.id));
        continue;
      }
    }
    await tx.execute(sql`UPDATE relationship SET person_a_id = ${a}, person_b_id = ${b} WHERE id = ${r.id}`);
    undo.relationships.push({ id: r.id, personAId: r.person_a_id, personBId: r.person_b_id });
  }

  const members = await tx.execute<{ id: string; overlaps: boolean }>(sql`
    SELECT m.id, EXISTS (
      SELECT 1 FROM household_member s WHERE s.household_id = m.household_id AND s.person_id = ${to}
        AND daterange(s.from_date, s.to_date, '[]') && daterange(m.from_date, m.to_date, '[]')) AS overlaps
    FROM household_member m WHERE m.person_id = ${from} ORDER BY m.from_date, m.id FOR UPDATE OF m`);
  for (const m of members.rows) {
    if (m.overlaps) {
      undo.setAside.household_member.push(await setAside(tx, 'household_member', m.id));
      continue;
    }
    await tx.execute(sql`UPDATE household_member SET person_id = ${to} WHERE id = ${m.id}`);
    undo.householdMembers.push(m.id);
  }
  return undo;
}

/** Puts back what movePeopleReferences moved: the same rows, with whatever changed in them since. */
export async function restorePeopleReferences(tx: Sql, undo: PeopleUndo, from: string, to: string): Promise<void> {
  const back = async (table: 'person_name' | 'person_contact' | 'person_address' | 'household_member', rowIds: string[]) => {
    if (rowIds.length === 0) return;
    await tx.execute(sql`UPDATE ${sql.identifier(table)} SET person_id = ${from} WHERE id = ANY(${sql.param(rowIds)}::uuid[]) AND person_id = ${to}`);
  };
  await back('person_name', undo.names);
  await back('person_contact', undo.contacts);
  await back('person_address', undo.addresses);
  await back('household_member', undo.householdMembers);
  for (const r of undo.relationships) {
    await tx.execute(sql`UPDATE relationship SET person_a_id = ${r.personAId}, person_b_id = ${r.personBId} WHERE id = ${r.id}`);
  }
  for (const row of undo.setAside.relationship) {
    await tx.execute(sql`INSERT INTO relationship SELECT * FROM jsonb_populate_record(NULL::relationship, ${JSON.stringify(row)}::jsonb)`);
  }
  for (const row of undo.setAside.household_member) {
    await tx.execute(sql`INSERT INTO household_member SELECT * FROM jsonb_populate_record(NULL::household_member, ${JSON.stringify(row)}::jsonb)`);
  }
}
