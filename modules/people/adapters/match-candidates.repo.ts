import { sql } from 'drizzle-orm';
import type { Sql } from '@hearth/platform';

/**
 * The review queue of pairs that may be the same person (person_match_candidate), and the decisions on them.
 * A pair is stored once with the smaller id as person_a_id. Decided pairs (same, not the same, merged) keep
 * their decision: the duplicate job never proposes them again.
 */
export type PairStatus = 'pending' | 'same' | 'not_same' | 'merged';
export type PairSource = 'dedupe_job' | 'registration' | 'review';

export interface PairComparison {
  field: string;
  level: string;
  weight: number;
  explanation: string;
}

export interface ProposedPair {
  a: string;
  b: string;
  probability: number;
  weight: number;
  comparisons: PairComparison[];
}

export interface PairRow {
  id: string;
  personAId: string;
  personBId: string;
  probability: number;
  matchWeight: number;
  comparisons: PairComparison[];
  clusterId: string | null;
  status: PairStatus;
  source: PairSource;
  runId: string | null;
  reason: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  createdAt: string;
}

const ordered = (x: string, y: string): [string, string] => (x < y ? [x, y] : [y, x]);

function mapPair(r: any): PairRow {
  return {
    id: r.id,
    personAId: r.person_a_id,
    personBId: r.person_b_id,
    probability: Number(r.probability),
    matchWeight: Number(r.match_weight),
    comparisons: r.comparisons ?? [],
    clusterId: r.cluster_id,
    status: r.status,
    source: r.source,
    runId: r.run_id,
    reason: r.reason,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at ? new Date(r.decided_at).toISOString() : null,
    createdAt: new Date(r.created_at).toISOString(),
  };
}

/** Records a decision on a pair, creating the row if no one proposed it (a merge from search, a registration). */
export async function markPairDecided(
  tx: Sql,
  x: string,
  y: string,
  d: { status: Exclude<PairStatus, 'pending'>; reason: string | null; decidedBy: string | null; at: Date; source: PairSource; probability?: number; weight?: number; comparisons?: PairComparison[] },
): Promise<void> {
  const [a, b] = ordered(x, y);
  await tx.execute(sql`
    INSERT INTO person_match_candidate (person_a_id, person_b_id, probability, match_weight, comparisons, status, source, reason, decided_by, decided_at, updated_at)
    VALUES (${a}, ${b}, ${d.probability ?? 0}, ${d.weight ?? 0}, ${JSON.stringify(d.comparisons ?? [])}::jsonb, ${d.status}, ${d.source}, ${d.reason}, ${d.decidedBy}, ${d.at.toISOString()}, ${d.at.toISOString()})
    ON CONFLICT (person_a_id, person_b_id) DO UPDATE SET status = EXCLUDED.status, reason = EXCLUDED.reason,
      decided_by = EXCLUDED.decided_by, decided_at = EXCLUDED.decided_at, updated_at = EXCLUDED.updated_at`);
}

/**
 * Writes the job's proposals: new pairs become pending; a pending pair gets the new score; a decided pair is
 * left alone (its decision is remembered). Returns how many rows were inserted or refreshed.
 */
export async function upsertProposedPairs(tx: Sql, pairs: ProposedPair[], runId: string): Promise<number> {
  if (pairs.length === 0) return 0;
  const rows = pairs.map((p) => {
    const [a, b] = ordered(p.a, p.b);
    return { a, b, p: p.probability, w: p.weight, c: p.comparisons };
  });
  const r = await tx.execute(sql`
    INSERT INTO person_match_candidate (person_a_id, person_b_id, probability, match_weight, comparisons, status, source, run_id)
    SELECT x.a, x.b, x.p, x.w, x.c, 'pending', 'dedupe_job', ${runId}::uuid
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(a uuid, b uuid, p float8, w float8, c jsonb)
    ON CONFLICT (person_a_id, person_b_id) DO UPDATE SET probability = EXCLUDED.probability, match_weight = EXCLUDED.match_weight,
      comparisons = EXCLUDED.comparisons, run_id = EXCLUDED.run_id, updated_at = now()
    WHERE person_match_candidate.status = 'pending'`);
  return r.rowCount ?? 0;
}

/** Pairs already decided, of all pairs among these people (the job skips them before scoring). */
export async function decidedPairKeys(tx: Sql): Promise<Set<string>> {
  const r = await tx.execute<{ a: string; b: string }>(sql`SELECT person_a_id AS a, person_b_id AS b FROM person_match_candidate WHERE status <> 'pending'`);
  return new Set(r.rows.map((x) => `${x.a}|${x.b}`));
}

export async function setClusterIds(tx: Sql, clusters: Array<{ clusterId: string; members: string[] }>, runId: string): Promise<void> {
  const rows = clusters.flatMap((c) => c.members.map((m) => ({ m, c: c.clusterId })));
  if (rows.length === 0) return;
  await tx.execute(sql`
    UPDATE person_match_candidate pmc SET cluster_id = x.c
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(m uuid, c uuid)
    WHERE pmc.run_id = ${runId}::uuid AND pmc.person_a_id = x.m`);
}

export async function pairsOfRun(tx: Sql, runId: string): Promise<Array<{ a: string; b: string; probability: number }>> {
  const r = await tx.execute<{ a: string; b: string; p: number }>(sql`SELECT person_a_id AS a, person_b_id AS b, probability AS p FROM person_match_candidate WHERE run_id = ${runId}::uuid AND status = 'pending'`);
  return r.rows.map((x) => ({ a: x.a, b: x.b, probability: Number(x.p) }));
}

export async function listPairs(tx: Sql, q: { status: PairStatus; limit: number; offset: number; personId?: string }): Promise<{ items: PairRow[]; total: number }> {
  const order = q.status === 'pending' ? sql`probability DESC, id` : sql`decided_at DESC NULLS LAST, id`;
  const who = q.personId ? sql`AND (pmc.person_a_id = ${q.personId} OR pmc.person_b_id = ${q.personId})` : sql``;
  const r = await tx.execute(sql`
    SELECT pmc.* FROM person_match_candidate pmc
    JOIN person a ON a.id = pmc.person_a_id AND a.merged_into IS NULL
    JOIN person b ON b.id = pmc.person_b_id AND (b.merged_into IS NULL OR pmc.status = 'merged')
    WHERE pmc.status = ${q.status} ${who} ORDER BY ${order} LIMIT ${q.limit} OFFSET ${q.offset}`);
  const total = await tx.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM person_match_candidate pmc WHERE status = ${q.status} ${who}`);
  return { items: r.rows.map(mapPair), total: Number(total.rows[0]!.n) };
}

export async function findPair(tx: Sql, id: string, opts: { forUpdate?: boolean } = {}): Promise<PairRow | null> {
  const r = await tx.execute(opts.forUpdate ? sql`SELECT * FROM person_match_candidate WHERE id = ${id} FOR UPDATE` : sql`SELECT * FROM person_match_candidate WHERE id = ${id}`);
  return r.rows[0] ? mapPair(r.rows[0]) : null;
}

export async function findPairOf(tx: Sql, x: string, y: string): Promise<PairRow | null> {
  const [a, b] = ordered(x, y);
  const r = await tx.execute(sql`SELECT * FROM person_match_candidate WHERE person_a_id = ${a} AND person_b_id = ${b}`);
  return r.rows[0] ? mapPair(r.rows[0]) : null;
}

export async function updatePairDecision(tx: Sql, id: string, d: { status: Exclude<PairStatus, 'pending'>; reason: string | null; decidedBy: string; at: Date }): Promise<void> {
  await tx.execute(sql`UPDATE person_match_candidate SET status = ${d.status}, reason = ${d.reason}, decided_by = ${d.decidedBy}, decided_at = ${d.at.toISOString()}, updated_at = ${d.at.toISOString()} WHERE id = ${id}`);
}
