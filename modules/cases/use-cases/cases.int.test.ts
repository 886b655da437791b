import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '@hearth/platform';
import { createTestDatabase } from '@hearth/server/testing';
import { createFixture, countRows, rejection } from '../test-support.js';
import { createCase } from './create-case.js';
import { getCase } from './get-case.js';
import { listCases } from './list-cases.js';
import { changeCaseStatus } from './change-case-status.js';
import { takeAction } from './take-action.js';
import { approveReview, returnReview } from './decide-review.js';
import { listReviews } from './list-reviews.js';
import { recordOverride } from './record-override.js';
import { breakGlass } from './break-glass.js';
import { getCaseAsOf } from './get-case-as-of.js';
import { addNote } from './add-note.js';
import { addParticipant } from './add-participant.js';
import { getWorkload, suggestWorker } from './get-workload.js';
import { reassignCases } from './reassign-cases.js';
import { setConfidentiality } from './set-confidentiality.js';
import { scopedRecordsFor } from '../adapters/scoped-records.js';

let database: Database;
let f: ReturnType<typeof createFixture>;

const count = (table: string, where?: SQL) => countRows(database, table, where);

async function newCase(by: 'cm1' | 'cm2' | 'lead' = 'cm2', extra: Record<string, unknown> = {}) {
  return createCase(f.as(by), { programCode: 'snap', unitId: f.units.north, primaryPersonId: f.person('Maria Lopez'), ...extra }, f.deps);
}

beforeAll(async () => {
  database = await createTestDatabase();
  f = createFixture(database);
});
afterAll(async () => database?.close());

describe('opening a case', () => {
  it('creates it in intake, assigned to its creator, with the primary person and an audit trail', async () => {
    const c = await newCase('cm2', { complexity: 3 });
    expect(c).toMatchObject({ status: 'intake', programCode: 'snap', assignedWorkerId: f.users.cm2.id, assignedWorkerName: 'Casey Two', complexity: 3, restricted: false, unitName: 'North' });
    expect(c.caseNumber).toMatch(/^C\d+$/);
    expect(c.participants).toEqual([expect.objectContaining({ role: 'primary', name: 'Maria Lopez' })]);
    expect(c.assignments).toHaveLength(1);
    expect(await count('audit_event', sql`case_id = ${c.id} AND action = 'case.created'`)).toBe(1);
  });

  it('refuses bad input with field paths and writes nothing', async () => {
    const before = [await count('case'), await count('audit_event')];
    const e = await rejection(createCase(f.as('cm2'), { programCode: 'bogus', unitId: 'x', primaryPersonId: f.person(), complexity: 9 } as never, f.deps));
    expect(e.code).toBe('VALIDATION');
    expect(e.details.map((d) => d.path).sort()).toEqual(['complexity', 'programCode', 'unitId']);
    const e2 = await rejection(createCase(f.as('cm2'), { programCode: 'snap', unitId: f.units.north, primaryPersonId: crypto.randomUUID() }, f.deps));
    expect(e2.details).toEqual([{ path: 'primaryPersonId', message: 'no such person' }]);
    const e3 = await rejection(createCase(f.as('cm2'), { programCode: 'snap', unitId: f.units.north, primaryPersonId: f.person(), extra: 1 } as never, f.deps));
    expect(e3.details[0]!.message).toMatch(/unrecognized|extra/i);
    expect([await count('case'), await count('audit_event')]).toEqual(before);
  });

  it('refuses a unit the worker does not belong to', async () => {
    const e = await rejection(createCase(f.as('cm2'), { programCode: 'snap', unitId: f.units.south, primaryPersonId: f.person() }, f.deps));
    expect(e.code).toBe('NOT_IN_SCOPE');
  });

  it('moves through open, close and reopen, refusing what does not apply', async () => {
    const c = await newCase('cm2');
    expect((await changeCaseStatus(f.as('cm2'), c.id, { action: 'open' }, f.deps)).case.status).toBe('open');
    expect((await rejection(changeCaseStatus(f.as('cm2'), c.id, { action: 'open' }, f.deps))).code).toBe('INVALID_STATE');
    expect((await rejection(changeCaseStatus(f.as('cm2'), c.id, { action: 'close' }, f.deps))).details[0]!.path).toBe('reason');
    const closed = await changeCaseStatus(f.as('cm2'), c.id, { action: 'close', reason: 'Moved out of state' }, f.deps);
    expect(closed).toMatchObject({ status: 'applied', case: { status: 'closed', closedOn: '2026-03-02', closeReason: 'Moved out of state' } });
    expect((await changeCaseStatus(f.as('cm2'), c.id, { action: 'reopen', reason: 'Returned' }, f.deps)).case.status).toBe('open');
  });
});

describe('level rules: review queue and overrides', () => {
  it('sends a Case Manager I closure to review; the unit lead approves and the case closes', async () => {
    const c = await newCase('cm1');
    const r = await changeCaseStatus(f.as('cm1'), c.id, { action: 'close', reason: 'Household requested closure' }, f.deps);
    expect(r.status).toBe('pending_review');
    expect(r.case.status).toBe('intake');
    const queue = await listReviews(f.as('lead'), {}, f.deps);
    expect(queue.items.find((i) => i.id === r.reviewId)).toMatchObject({ kind: 'closure', submittedByName: 'Casey One', status: 'pending' });
    expect((await rejection(approveReview(f.as('cm2Other'), r.reviewId!, {}, f.deps))).code).toBe('FORBIDDEN');
    const approved = await approveReview(f.as('lead'), r.reviewId!, { comment: 'OK' }, f.deps);
    expect(approved).toMatchObject({ status: 'approved', caseStatus: 'closed' });
    expect((await getCase(f.as('cm1'), c.id, f.deps)).status).toBe('closed');
    expect((await rejection(approveReview(f.as('supervisor'), r.reviewId!, {}, f.deps))).code).toBe('INVALID_STATE');
  });

  it('lets a lead return a determination with comments; nothing is applied', async () => {
    const c = await newCase('cm1');
    const r = await takeAction(f.as('cm1'), c.id, { kind: 'determination', summary: 'Eligible, 3-person household' }, f.deps);
    expect(r.status).toBe('pending_review');
    expect((await rejection(returnReview(f.as('supervisor'), (r as { reviewId: string }).reviewId, {}, f.deps))).details[0]!.path).toBe('comment');
    const back = await returnReview(f.as('supervisor'), (r as { reviewId: string }).reviewId, { comment: 'Verify the shelter costs first' }, f.deps);
    expect(back).toMatchObject({ status: 'returned', comment: 'Verify the shelter costs first' });
    expect(await count('case_action', sql`case_id = ${c.id}`)).toBe(0);
    const mine = await listReviews(f.as('cm1'), { scope: 'mine' }, f.deps);
    expect(mine.items.find((i) => i.caseId === c.id)).toMatchObject({ status: 'returned', decidedByName: 'Sam Supervisor' });
  });

  it('applies a Case Manager II action at once', async () => {
    const c = await newCase('cm2');
    expect(await takeAction(f.as('cm2'), c.id, { kind: 'plan_approval', summary: 'Plan approved' }, f.deps)).toMatchObject({ status: 'applied' });
  });

  it('needs a supervisor of the unit and a reason for an override', async () => {
    const c = await newCase('cm2');
    expect((await rejection(recordOverride(f.as('cm2'), c.id, { what: 'Waive interview', reason: 'Client hospitalized' }, f.deps))).code).toBe('SUPERVISOR_REQUIRED');
    expect((await rejection(recordOverride(f.as('lead'), c.id, { what: 'Waive interview', reason: 'Client hospitalized' }, f.deps))).code).toBe('SUPERVISOR_REQUIRED');
    expect((await rejection(recordOverride(f.as('supervisor'), c.id, { what: 'Waive interview', reason: '' }, f.deps))).details[0]!.path).toBe('reason');
    const o = await recordOverride(f.as('supervisor'), c.id, { what: 'Waive interview', reason: 'Client hospitalized; verified by phone' }, f.deps);
    expect(o.approvedBy).toBe(f.users.supervisor.id);
    expect(await count('audit_event', sql`case_id = ${c.id} AND action = 'case.override' AND reason IS NOT NULL`)).toBe(1);
  });
});

describe('confidentiality, access log and break the glass', () => {
  it('logs every read of a case in access_log', async () => {
    const c = await newCase('cm2');
    const before = await count('access_log', sql`case_id = ${c.id} AND action = 'read'`);
    await getCase(f.as('cm2'), c.id, f.deps);
    await getCase(f.as('lead'), c.id, f.deps);
    expect(await count('access_log', sql`case_id = ${c.id} AND action = 'read'`)).toBe(before + 2);
  });

  it('requires break-the-glass outside one\'s scope and for restricted cases; the grant is logged with its reason', async () => {
    const c = await newCase('cm2', { confidentiality: ['family_violence'] });
    expect(c.restricted).toBe(true);
    const plain = await newCase('cm2');
    expect(await rejection(getCase(f.as('cm2Other'), plain.id, f.deps))).toMatchObject({ code: 'BREAK_GLASS_REQUIRED', data: { reason: 'outside_scope' } });
    expect(await rejection(getCase(f.as('cm2Other'), c.id, f.deps))).toMatchObject({ code: 'BREAK_GLASS_REQUIRED', data: { reason: 'restricted' } });
    const sameUnit = await rejection(getCase(f.as('cm3'), c.id, f.deps));
    expect(sameUnit).toMatchObject({ code: 'BREAK_GLASS_REQUIRED', data: { reason: 'restricted' } });
    expect((await getCase(f.as('lead'), c.id, f.deps)).access).toBe('lead');

    expect((await rejection(breakGlass(f.as('cm3'), c.id, { reason: 'short' }, f.deps))).details[0]!.path).toBe('reason');
    const g = await breakGlass(f.as('cm3'), c.id, { reason: 'Client at the front desk in crisis; covering for Casey Two' }, f.deps);
    expect(new Date(g.expiresAt).getTime() - f.clock.now().getTime()).toBe(8 * 3600_000);
    const log = await database.db.execute(sql`SELECT reason, restricted FROM access_log WHERE case_id = ${c.id} AND action = 'break_glass'`);
    expect(log.rows).toEqual([{ reason: 'Client at the front desk in crisis; covering for Casey Two', restricted: true }]);
    expect(await count('case_access_grant', sql`case_id = ${c.id} AND user_id = ${f.users.cm3.id}`)).toBe(1);
    expect((await getCase(f.as('cm3'), c.id, f.deps)).access).toBe('break_glass');

    f.clock.set('2026-03-03T00:00:01Z'); // 9 hours later: the grant has expired
    expect((await rejection(getCase(f.as('cm3'), c.id, f.deps))).code).toBe('BREAK_GLASS_REQUIRED');
    f.clock.set('2026-03-02T15:00:00Z');
  });

  it('hides restricted cases of the unit from a worker\'s unit list, not from the lead\'s', async () => {
    const open = await newCase('cm2');
    const hidden = await newCase('cm2', { confidentiality: ['sealed'] });
    const cm3Unit = await listCases(f.as('cm3'), { scope: 'unit', limit: 200 }, f.deps);
    expect(cm3Unit.items.map((i) => i.id)).toContain(open.id);
    expect(cm3Unit.items.map((i) => i.id)).not.toContain(hidden.id);
    const leadUnit = await listCases(f.as('lead'), { scope: 'unit', limit: 200 }, f.deps);
    expect(leadUnit.items.map((i) => i.id)).toContain(hidden.id);
    const mine = await listCases(f.as('cm2'), { scope: 'mine', limit: 2 }, f.deps);
    expect(mine.items).toHaveLength(2);
    const next = await listCases(f.as('cm2'), { scope: 'mine', limit: 2, cursor: mine.nextCursor! }, f.deps);
    expect(next.items.map((i) => i.id)).not.toContain(mine.items[0]!.id);
    expect((await listCases(f.as('cm2Other'), { scope: 'all' }, f.deps)).items.every((i) => i.unitId === f.units.south)).toBe(true);
  });

  it('lifting a flag needs a supervisor', async () => {
    const c = await newCase('cm2', { confidentiality: ['employee_vip'] });
    expect((await rejection(setConfidentiality(f.as('cm2'), c.id, { flags: [], reason: 'Employee left' }, f.deps))).code).toBe('SUPERVISOR_REQUIRED');
    expect(await setConfidentiality(f.as('supervisor'), c.id, { flags: [], reason: 'Employee left the agency' }, f.deps)).toMatchObject({ restricted: false });
  });

  it('gives the people module the cases a person is on as scoped records', async () => {
    const c = await newCase('cm2', { confidentiality: ['fti'] });
    const child = f.person('Kid Lopez');
    await addParticipant(f.as('cm2'), c.id, { personId: child, role: 'child' }, f.deps);
    expect(await scopedRecordsFor(child, database.db as never)).toEqual([{ caseId: c.id, assignedWorkerId: f.users.cm2.id, unitId: f.units.north, programCode: 'snap', restricted: true }]);
  });
});

describe('the case as of a past date', () => {
  it('returns the earlier state, rebuilt from audit events', async () => {
    const c = await newCase('cm2');
    // Age the creation events by three days (the audit log is append-only: lift the trigger for the test only).
    await database.db.execute(sql`ALTER TABLE audit_event DISABLE TRIGGER USER`);
    await database.db.execute(sql`UPDATE audit_event SET at = at - interval '3 days' WHERE case_id = ${c.id}`);
    await database.db.execute(sql`ALTER TABLE audit_event ENABLE TRIGGER USER`);
    await changeCaseStatus(f.as('cm2'), c.id, { action: 'open' }, f.deps);
    await addNote(f.as('cm2'), c.id, { contactType: 'phone', contactOn: '2026-03-02', narrative: 'Interview done' }, f.deps);
    const realToday = new Date().toISOString().slice(0, 10);
    const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
    const then = await getCaseAsOf(f.as('cm2'), c.id, { date: threeDaysAgo }, f.deps);
    expect(then.case.status).toBe('intake');
    expect(then.notes).toHaveLength(0);
    expect(then.participants).toHaveLength(1);
    const now = await getCaseAsOf(f.as('cm2'), c.id, { date: realToday }, f.deps);
    expect(now.case.status).toBe('open');
    expect(now.notes).toHaveLength(1);
    const before = new Date(Date.now() - 5 * 86_400_000).toISOString().slice(0, 10);
    expect((await rejection(getCaseAsOf(f.as('cm2'), c.id, { date: before }, f.deps))).code).toBe('NOT_FOUND');
    expect((await rejection(getCaseAsOf(f.as('cm2'), c.id, { date: '2026-02-30' }, f.deps))).details[0]!.path).toBe('date');
  });
});

describe('workload balancing', () => {
  it('shows weighted loads, suggests the least loaded eligible worker and reassigns in bulk with a reason', async () => {
    const w = await getWorkload(f.as('lead'), { unitId: f.units.north }, f.deps);
    const byName = new Map(w.workers.map((x) => [x.name, x]));
    expect(byName.get('Casey Two')!.openCases).toBeGreaterThan(0);
    expect(byName.get('Casey Three')!.weightedLoad).toBe(0);
    const c = await newCase('cm2', { complexity: 2 });
    const s = await suggestWorker(f.as('lead'), { caseId: c.id }, f.deps);
    expect(s.suggestion?.name).toBe('Casey Three');
    expect(s.candidates.map((x) => x.name)).not.toContain('Casey Two');

    const c2 = await newCase('cm2');
    const bad = await rejection(reassignCases(f.as('lead'), { caseIds: [c.id, crypto.randomUUID()], toWorkerId: f.users.cm3.id, reason: 'Balancing after leave' }, f.deps));
    expect(bad.details).toEqual([{ path: 'caseIds.1', message: 'no such case' }]);
    expect((await getCase(f.as('lead'), c.id, f.deps)).assignedWorkerId).toBe(f.users.cm2.id);
    expect((await rejection(reassignCases(f.as('lead'), { caseIds: [c.id], toWorkerId: f.users.cm2Other.id, reason: 'x-unit' }, f.deps))).details[0]!.path).toBe('caseIds.0');
    const moved = await reassignCases(f.as('lead'), { caseIds: [c.id, c2.id], toWorkerId: f.users.cm3.id, reason: 'Balancing after leave' }, f.deps);
    expect(moved).toMatchObject({ moved: 2 });
    const d = await getCase(f.as('lead'), c.id, f.deps);
    expect(d.assignedWorkerName).toBe('Casey Three');
    expect(d.assignments.map((a) => [a.workerName, a.endedAt === null, a.reason])).toEqual([
      ['Casey Two', false, 'case opened'],
      ['Casey Three', true, 'Balancing after leave'],
    ]);
    expect((await rejection(reassignCases(f.as('cm2'), { caseIds: [c.id], toWorkerId: f.users.cm2.id, reason: 'mine now' }, f.deps))).details[0]!.path).toBe('caseIds.0');
  });
});
