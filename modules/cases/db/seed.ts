import { inArray, sql } from 'drizzle-orm';
import { caseTable } from './schema.js';
import { addDays, createRng, type DateOnly } from '@hearth/kernel';
import { appendAuditEvents, SYSTEM_ACTOR, type Sql } from '@hearth/platform';
import { CASE_PROGRAMS, CONFIDENTIALITY_FLAGS } from '../domain/programs.js';
import { CONTACT_TYPES } from '../domain/note-templates.js';
import { CLOCK_CATALOG } from '../domain/clock-catalog.js';

/** The kernel's seeded PRNG as a plain function: the same seed always builds the same agency. */
export function mulberry32(seed: number): () => number {
  const rng = createRng(seed);
  return () => rng.next();
}

/** A version-4-shaped UUID drawn from the PRNG (deterministic ids keep seeds reproducible). */
export function seededUuid(rng: () => number): string {
  const b = Array.from({ length: 16 }, () => Math.floor(rng() * 256));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const pick = <T>(rng: () => number, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
const int = (rng: () => number, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));

export interface SeedUnitStaff {
  id: string;
  /** Case-carrying workers of the unit. */
  workerIds: string[];
  /** Who gets escalations and reviews (optional). */
  supervisorId?: string | null;
  /** Programs this unit's cases are drawn from (default: all). */
  programCodes?: string[];
}

export interface SeedCasesOptions {
  count: number;
  units: SeedUnitStaff[];
  /** People to build cases around (primary persons cycle through them; household members are drawn at random). */
  personIds: string[];
  today: DateOnly;
  /** Share of cases with a confidentiality flag (default 0.01). */
  restrictedShare?: number;
  /** Add tasks, clocks and notes to active cases (default true). */
  details?: boolean;
  /** Rows a statement (default 2000). */
  batchSize?: number;
  /** Also write one audit event per case, so timelines and as-of views work on seeded cases (demo scale only). */
  audit?: boolean;
  /** Called after each batch (benchmarks print progress). */
  onProgress?: (done: number, total: number) => void;
}

export interface SeedCasesResult {
  caseIds: string[];
  counts: { cases: number; participants: number; assignments: number; tasks: number; clocks: number; notes: number };
}

type Col = [name: string, pgType: string, values: unknown[]];

/** One multi-row INSERT … SELECT FROM unnest(arrays): the fast path for bulk seeding on both backends. */
async function insertUnnest(tx: Sql, table: string, cols: Col[]): Promise<void> {
  if (cols[0]![2].length === 0) return;
  const names = sql.raw(cols.map(([n]) => `"${n}"`).join(', '));
  const arrays = sql.join(cols.map(([, t, v]) => sql`${sql.param(v)}::${sql.raw(t)}[]`), sql`, `);
  await tx.execute(sql`INSERT INTO ${sql.raw(`"${table}"`)} (${names}) SELECT * FROM unnest(${arrays})`);
}

const NARRATIVES = [
  'Reviewed household composition and income with the applicant. Verification list given with due date.',
  'Called the client to confirm the interview time; left a voicemail with a call-back number.',
  'Client brought pay stubs for the last 30 days; copies filed. No changes to the household reported.',
  'Home visit completed. Home is safe and adequately furnished; no concerns noted.',
  'Discussed employment plan progress; client attended two job-search workshops this week.',
  'Contacted the employer to verify hours and wage; verification received by fax.',
  'Noncustodial parent reported a new employer; income withholding order to follow.',
];
const TASKS = ['Request missing verification', 'Schedule interview', 'Follow up on pay stubs', 'Send notice of decision', 'Review employment plan', 'Request locate from FPLS', 'Prepare court packet'];

/**
 * Inserts `count` cases with participants, assignment history and (optionally) tasks, clocks and notes.
 * Deterministic for a given rng; used by the demo agency (~1,000 cases) and the 500,000-case benchmark.
 */
export async function seedCases(tx: Sql, o: SeedCasesOptions, rng: () => number): Promise<SeedCasesResult> {
  if (o.units.length === 0 || o.personIds.length === 0) throw new Error('seedCases needs units and people');
  const batch = o.batchSize ?? 2000;
  const restrictedShare = o.restrictedShare ?? 0.01;
  const details = o.details ?? true;
  const result: SeedCasesResult = { caseIds: [], counts: { cases: 0, participants: 0, assignments: 0, tasks: 0, clocks: 0, notes: 0 } };
  const clockByProgram = new Map<string, (typeof CLOCK_CATALOG)[number][]>();
  for (const d of CLOCK_CATALOG) clockByProgram.set(d.programCode, [...(clockByProgram.get(d.programCode) ?? []), d]);

  for (let start = 0; start < o.count; start += batch) {
    const n = Math.min(batch, o.count - start);
    const c: Record<string, unknown[]> = { id: [], program: [], status: [], unit: [], worker: [], person: [], complexity: [], conf: [], opened: [], closed: [], closeReason: [] };
    const p: Record<string, unknown[]> = { case: [], person: [], role: [], started: [] };
    const a: Record<string, unknown[]> = { case: [], worker: [], unit: [], reason: [] };
    const t: Record<string, unknown[]> = { case: [], title: [], assignee: [], due: [], priority: [], status: [] };
    const k: Record<string, unknown[]> = { case: [], type: [], started: [], due: [], status: [] };
    const nt: Record<string, unknown[]> = { case: [], type: [], on: [], participants: [], narrative: [], author: [] };
    for (let i = 0; i < n; i++) {
      const unit = o.units[(start + i) % o.units.length]!;
      const id = seededUuid(rng);
      const program = pick(rng, unit.programCodes?.length ? unit.programCodes : CASE_PROGRAMS);
      const r = rng();
      const status = r < 0.15 ? 'intake' : r < 0.85 ? 'open' : 'closed';
      const worker = unit.workerIds.length ? pick(rng, unit.workerIds) : null;
      const person = o.personIds[(start + i) % o.personIds.length]!;
      const complexity = pick(rng, [1, 2, 2, 2, 3, 3, 4, 5]);
      const flag = rng() < restrictedShare ? pick(rng, CONFIDENTIALITY_FLAGS) : '';
      const opened = addDays(o.today, -int(rng, 0, 720));
      const closed = status === 'closed' ? addDays(opened, int(rng, 30, 300)) : null;
      const closedOn = closed && closed > o.today ? o.today : closed;
      c.id!.push(id); c.program!.push(program); c.status!.push(status); c.unit!.push(unit.id); c.worker!.push(worker);
      c.person!.push(person); c.complexity!.push(complexity); c.conf!.push(flag); c.opened!.push(opened); c.closed!.push(closedOn);
      c.closeReason!.push(closedOn ? 'No longer eligible' : null);
      result.caseIds.push(id);
      const members = new Set([person]);
      p.case!.push(id); p.person!.push(person); p.role!.push('primary'); p.started!.push(opened);
      for (let m = int(rng, 0, 3); m > 0; m--) {
        const other = pick(rng, o.personIds);
        if (members.has(other)) continue;
        members.add(other);
        p.case!.push(id); p.person!.push(other); p.role!.push(program === 'child_support' ? 'child' : 'household_member'); p.started!.push(opened);
      }
      if (worker) { a.case!.push(id); a.worker!.push(worker); a.unit!.push(unit.id); a.reason!.push('case opened'); }
      if (details && status !== 'closed') {
        for (let m = int(rng, 0, 2); m > 0; m--) {
          t.case!.push(id); t.title!.push(pick(rng, TASKS)); t.assignee!.push(worker); t.due!.push(addDays(o.today, int(rng, -10, 30)));
          t.priority!.push(pick(rng, ['normal', 'normal', 'high', 'low'])); t.status!.push('open');
        }
        const defs = clockByProgram.get(program) ?? [];
        if (defs.length) {
          const def = pick(rng, defs);
          const started = addDays(o.today, -int(rng, 0, def.length + 5));
          const due = addDays(started, def.length);
          k.case!.push(id); k.type!.push(def.code); k.started!.push(started); k.due!.push(due); k.status!.push(due < o.today ? 'met' : 'running');
        }
        for (let m = int(rng, 1, 3); m > 0; m--) {
          nt.case!.push(id); nt.type!.push(pick(rng, CONTACT_TYPES)); nt.on!.push(addDays(o.today, -int(rng, 0, 60)));
          nt.participants!.push(`{${person}}`); nt.narrative!.push(pick(rng, NARRATIVES)); nt.author!.push(worker);
        }
      }
    }
    await tx.execute(sql`INSERT INTO "case" (id, program_code, status, unit_id, assigned_worker_id, primary_person_id, complexity, confidentiality, opened_on, closed_on, close_reason)
      SELECT id, program, status, unit, worker, person, complexity, CASE WHEN conf = '' THEN '{}'::text[] ELSE ARRAY[conf] END, opened, closed, close_reason
        FROM unnest(${sql.param(c.id)}::uuid[], ${sql.param(c.program)}::text[], ${sql.param(c.status)}::text[], ${sql.param(c.unit)}::uuid[], ${sql.param(c.worker)}::uuid[], ${sql.param(c.person)}::uuid[],
                    ${sql.param(c.complexity)}::smallint[], ${sql.param(c.conf)}::text[], ${sql.param(c.opened)}::date[], ${sql.param(c.closed)}::date[], ${sql.param(c.closeReason)}::text[])
          AS x(id, program, status, unit, worker, person, complexity, conf, opened, closed, close_reason)`);
    await insertUnnest(tx, 'case_participant', [['case_id', 'uuid', p.case!], ['person_id', 'uuid', p.person!], ['role', 'text', p.role!], ['started_on', 'date', p.started!]]);
    await insertUnnest(tx, 'case_assignment', [['case_id', 'uuid', a.case!], ['worker_id', 'uuid', a.worker!], ['unit_id', 'uuid', a.unit!], ['reason', 'text', a.reason!]]);
    await insertUnnest(tx, 'case_task', [['case_id', 'uuid', t.case!], ['title', 'text', t.title!], ['assignee_id', 'uuid', t.assignee!], ['due_on', 'date', t.due!], ['priority', 'text', t.priority!], ['status', 'text', t.status!]]);
    await insertUnnest(tx, 'case_clock', [['case_id', 'uuid', k.case!], ['type_code', 'text', k.type!], ['started_on', 'date', k.started!], ['due_on', 'date', k.due!], ['status', 'text', k.status!]]);
    if (nt.case!.length) {
      await tx.execute(sql`INSERT INTO case_note (case_id, contact_type, contact_on, participant_ids, narrative, author_id)
        SELECT case_id, contact_type, contact_on, participants::uuid[], narrative, author_id
          FROM unnest(${sql.param(nt.case)}::uuid[], ${sql.param(nt.type)}::text[], ${sql.param(nt.on)}::date[], ${sql.param(nt.participants)}::text[], ${sql.param(nt.narrative)}::text[], ${sql.param(nt.author)}::uuid[])
            AS x(case_id, contact_type, contact_on, participants, narrative, author_id)`);
    }
    if (o.audit) {
      const rows = await tx.select().from(caseTable).where(inArray(caseTable.id, c.id as string[]));
      await appendAuditEvents(tx, SYSTEM_ACTOR, rows.map((row) => ({ action: 'case.seeded', entityType: 'case', entityId: row.id, caseId: row.id, personId: row.primaryPersonId, after: row })));
    }
    result.counts.cases += n;
    result.counts.participants += p.case!.length;
    result.counts.assignments += a.case!.length;
    result.counts.tasks += t.case!.length;
    result.counts.clocks += k.case!.length;
    result.counts.notes += nt.case!.length;
    o.onProgress?.(start + n, o.count);
  }
  return result;
}
