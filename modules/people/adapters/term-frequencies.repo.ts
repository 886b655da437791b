import { sql } from 'drizzle-orm';
import type { Sql } from '@hearth/platform';
import { emptyTermFrequencies, TF_FIELDS, type TermFrequencies } from '@hearth/linkage';

/** The registry's term frequencies (person_term_frequency), written whole by the duplicate job. */

/** Loads them unless the stored version is `knownVersion` (nothing changed) or none were computed yet. */
export async function loadTermFrequencies(tx: Sql, knownVersion: string | null): Promise<{ version: string; tf: TermFrequencies } | null> {
  const meta = await tx.execute<{ version: string; total: number; non_null: unknown }>(sql`SELECT version, total, non_null FROM person_term_frequency_meta WHERE id = 1`);
  const m = meta.rows[0];
  if (!m || m.version === knownVersion) return null;
  const tf = emptyTermFrequencies();
  tf.total = Number(m.total);
  const nonNull = (typeof m.non_null === 'string' ? JSON.parse(m.non_null) : m.non_null) as Record<string, number>;
  for (const f of TF_FIELDS) tf.nonNull[f] = Number(nonNull[f] ?? 0);
  const rows = await tx.execute<{ field: (typeof TF_FIELDS)[number]; value: string; n: number }>(sql`SELECT field, value, n FROM person_term_frequency`);
  for (const r of rows.rows) tf.counts[r.field]?.set(r.value, Number(r.n));
  return { version: m.version, tf };
}

/** Replaces the stored frequencies (in the caller's transaction). */
export async function saveTermFrequencies(tx: Sql, tf: TermFrequencies, version: string): Promise<void> {
  await tx.execute(sql`DELETE FROM person_term_frequency`);
  for (const field of TF_FIELDS) {
    const entries = [...tf.counts[field].entries()];
    for (let i = 0; i < entries.length; i += 5000) {
      const chunk = entries.slice(i, i + 5000);
      await tx.execute(sql`INSERT INTO person_term_frequency (field, value, n)
        SELECT ${field}, v, n FROM unnest(${sql.param(chunk.map((e) => e[0]))}::text[], ${sql.param(chunk.map((e) => e[1]))}::int[]) AS x(v, n)`);
    }
  }
  await tx.execute(sql`INSERT INTO person_term_frequency_meta (id, version, total, non_null, computed_at)
    VALUES (1, ${version}::uuid, ${tf.total}, ${JSON.stringify(tf.nonNull)}::jsonb, now())
    ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, total = EXCLUDED.total, non_null = EXCLUDED.non_null, computed_at = now()`);
}
