import { sql } from 'drizzle-orm';
import type { Sql } from '@hearth/platform';

/** Open-case counts and complexity sums per worker (active = intake or open). */
export async function loadsFor(tx: Sql, workerIds: string[]): Promise<Map<string, { openCases: number; weightedLoad: number }>> {
  if (workerIds.length === 0) return new Map();
  const r = await tx.execute(sql`SELECT assigned_worker_id AS id, count(*)::int AS n, coalesce(sum(complexity), 0)::int AS w
    FROM "case" WHERE status <> 'closed' AND assigned_worker_id::text = ANY(${sql.param(workerIds)}::text[]) GROUP BY assigned_worker_id`);
  return new Map((r.rows as Array<{ id: string; n: number; w: number }>).map((x) => [x.id, { openCases: x.n, weightedLoad: x.w }]));
}
