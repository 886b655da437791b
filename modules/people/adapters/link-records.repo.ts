import { sql } from 'drizzle-orm';
import type { FieldCipher, Sql } from '@hearth/platform';
import type { LinkRecord } from '@hearth/linkage';

/**
 * People as the linkage engine sees them: names and other names, date of birth, sex, SSN (decrypted in memory
 * only, never written anywhere), last four, and the current residential address. Merged-away records are left out.
 */
interface Row extends Record<string, unknown> {
  id: string;
  first_name: string;
  middle_name: string | null;
  last_name: string;
  dob: string | null;
  birth_year: number | null;
  sex: string;
  ssn_encrypted: string | null;
  ssn_last4: string | null;
}

function decryptOrNull(cipher: FieldCipher | null, sealed: string | null): string | null {
  if (!cipher || !sealed) return null;
  try {
    return cipher.decrypt(sealed);
  } catch {
    return null; // a value sealed with another key: matched on the last four only
  }
}

async function attach(tx: Sql, rows: Row[], cipher: FieldCipher | null, range = false): Promise<LinkRecord[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  // A page in id order: one range scan instead of a list of ids.
  const which = range ? sql`person_id BETWEEN ${ids[0]!}::uuid AND ${ids[ids.length - 1]!}::uuid` : sql`person_id = ANY(${sql.param(ids)}::uuid[])`;
  const names = await tx.execute<{ person_id: string; first_name: string; last_name: string }>(
    sql`SELECT person_id, first_name, last_name FROM person_name WHERE ${which} ORDER BY person_id, created_at, id`,
  );
  const addresses = await tx.execute<{ person_id: string; line1: string; city: string; postal_code: string; state: string }>(sql`
    SELECT DISTINCT ON (person_id) person_id, line1, city, postal_code, state FROM person_address
    WHERE ${which} AND kind = 'residential' AND to_date IS NULL
    ORDER BY person_id, from_date DESC, id`);
  const otherNames = new Map<string, Array<{ givenName: string; familyName: string }>>();
  for (const n of names.rows) {
    const list = otherNames.get(n.person_id) ?? [];
    list.push({ givenName: n.first_name, familyName: n.last_name });
    otherNames.set(n.person_id, list);
  }
  const address = new Map(addresses.rows.map((a) => [a.person_id, a]));
  return rows.map((r) => {
    const a = address.get(r.id);
    const rec: LinkRecord = {
      id: r.id,
      givenName: r.first_name,
      middleName: r.middle_name,
      familyName: r.last_name,
      birthDate: r.dob,
      birthYear: r.birth_year,
      sex: r.sex === 'unknown' ? null : r.sex,
      ssn: decryptOrNull(cipher, r.ssn_encrypted),
      ssnLast4: r.ssn_last4,
    };
    const o = otherNames.get(r.id);
    if (o) rec.otherNames = o;
    if (a) Object.assign(rec, { streetAddress: a.line1, city: a.city, postcode: a.postal_code, state: a.state });
    return rec;
  });
}

const COLUMNS = sql`id, first_name, middle_name, last_name, dob, birth_year, sex, ssn_encrypted, ssn_last4`;

/** One page of the registry in id order (keyset), for the duplicate job. */
export async function linkRecordsPage(tx: Sql, afterId: string | null, limit: number, cipher: FieldCipher | null): Promise<LinkRecord[]> {
  const r = afterId
    ? await tx.execute<Row>(sql`SELECT ${COLUMNS} FROM person WHERE merged_into IS NULL AND id > ${afterId} ORDER BY id LIMIT ${limit}`)
    : await tx.execute<Row>(sql`SELECT ${COLUMNS} FROM person WHERE merged_into IS NULL ORDER BY id LIMIT ${limit}`);
  return attach(tx, r.rows, cipher, true);
}

export async function linkRecordsByIds(tx: Sql, ids: string[], cipher: FieldCipher | null): Promise<Map<string, LinkRecord>> {
  if (ids.length === 0) return new Map();
  const r = await tx.execute<Row>(sql`SELECT ${COLUMNS} FROM person WHERE id = ANY(${sql.param([...new Set(ids)])}::uuid[])`);
  return new Map((await attach(tx, r.rows, cipher)).map((x) => [x.id, x]));
}

export async function activePeopleCount(tx: Sql): Promise<number> {
  const r = await tx.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM person WHERE merged_into IS NULL`);
  return Number(r.rows[0]!.n);
}
